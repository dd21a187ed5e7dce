package dev.sigscript.grammar.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code at T: call [from NAME]} or {@code every D [times N]: call [from NAME]}: an action the
 * scenario (the "shell") takes at a virtual time. Without {@code from}, a signal sent this way
 * carries si_pid = 0, like one the kernel generates.
 */
public record TimedEvent(Span span, boolean every, Expr time, Optional<Expr> times, Expr.Call action, Optional<String> from)
        implements ScenarioItem {
    public TimedEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
    }
}
