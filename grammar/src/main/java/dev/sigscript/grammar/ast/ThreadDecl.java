package dev.sigscript.grammar.ast;

import java.util.Objects;

/** {@code thread NAME { body }}: a thread of the enclosing process. */
public record ThreadDecl(Span span, String name, Span nameSpan, Block body) implements ProcessItem {
    public ThreadDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
