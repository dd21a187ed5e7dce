package dev.sigscript.kernel.sched;

import java.util.Optional;

/** Why the scheduler stopped. */
public record RunEnd(Reason reason, long time, Optional<String> detail, Optional<Throwable> error) {
    public enum Reason {
        /** Every task has exited. */
        ALL_EXITED,
        /** Tasks remain, all blocked, and no timer can wake them. */
        DEADLOCK,
        /** A budget ran out. */
        BUDGET,
        /** A task's body threw: a script run-time error or a bug. */
        ERROR
    }

    public static RunEnd of(Reason reason, long time) {
        return new RunEnd(reason, time, Optional.empty(), Optional.empty());
    }
}
