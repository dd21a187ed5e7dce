package dev.sigscript.grammar.ast;

import java.util.Objects;

/** A parameter name in a handler or function declaration. */
public record Param(Span span, String name) {
    public Param {
        Objects.requireNonNull(name, "name");
    }
}
