package dev.sigscript.kernel.sched;

/**
 * A timer on the virtual clock. {@code seq} orders timers created earlier first; ties between
 * timers due at the same instant still go through the ChoiceSource.
 */
public final class Timer {
    final long when;
    final long seq;
    final Runnable action;
    boolean cancelled;

    Timer(long when, long seq, Runnable action) {
        this.when = when;
        this.seq = seq;
        this.action = action;
    }

    public long when() {
        return when;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
