package dev.sigscript.interp.translate;

import dev.sigscript.grammar.ast.Span;

/** A construct the checker should have rejected reached the translator: a bug, reported with its place. */
public final class UnsupportedConstruct extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public UnsupportedConstruct(Span span, String what) {
        super(what + " at " + span.line() + ":" + span.column());
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
