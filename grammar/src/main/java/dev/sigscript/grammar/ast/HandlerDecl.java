package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/** {@code handler NAME(sig[, info[, ctx]]) { body }}: a signal handler. */
public record HandlerDecl(Span span, String name, Span nameSpan, List<Param> params, Block body) implements ProcessItem {
    public HandlerDecl {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(body, "body");
    }
}
