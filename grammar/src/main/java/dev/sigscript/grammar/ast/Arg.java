package dev.sigscript.grammar.ast;

import java.util.Objects;
import java.util.Optional;

/** A call argument: positional ({@code SIGUSR1}) or named ({@code flags: SA_SIGINFO}). */
public record Arg(Span span, Optional<String> name, Expr value) {
    public Arg {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static Arg positional(Expr value) {
        return new Arg(value.span(), Optional.empty(), value);
    }

    public boolean isNamed() {
        return name.isPresent();
    }
}
