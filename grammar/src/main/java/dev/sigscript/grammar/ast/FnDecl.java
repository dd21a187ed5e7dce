package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/** {@code fn NAME(params) { body }}: a plain function. */
public record FnDecl(Span span, String name, Span nameSpan, List<Param> params, Block body) implements ProcessItem {
    public FnDecl {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(body, "body");
    }
}
