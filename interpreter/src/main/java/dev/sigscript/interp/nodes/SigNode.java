package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.nodes.Node;
import dev.sigscript.grammar.ast.Span;

/** Base of every sig node: remembers where in the script it came from, for messages and traces. */
public abstract class SigNode extends Node {
    private String file = "";
    private Span span = Span.NONE;

    public final <T extends SigNode> T at(String fileName, Span where) {
        this.file = fileName;
        this.span = where;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    public final Span span() {
        return span;
    }

    public final String file() {
        return file;
    }

    /** {@return "file:line:col"} */
    public final String location() {
        return file + ":" + span.line() + ":" + span.column();
    }
}
