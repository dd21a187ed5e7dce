package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * A setting line: {@code arch x86_64}, {@code seed 42}, {@code rlimit RLIMIT_SIGPENDING 3},
 * {@code restorer libc}; also a process attribute ({@code uid 1000}, {@code pgrp g}).
 * Bare words in the arguments are {@link Expr.Name}s.
 */
public record Setting(Span span, String key, List<Expr> args) implements ScenarioItem {
    public Setting {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }
}
