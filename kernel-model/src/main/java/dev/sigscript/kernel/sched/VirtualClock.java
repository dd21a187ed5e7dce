package dev.sigscript.kernel.sched;

/** Virtual time in nanoseconds since the scenario started. Only the scheduler moves it forward. */
public final class VirtualClock {
    private long now;

    public long now() {
        return now;
    }

    void advanceTo(long t) {
        if (t < now) {
            throw new IllegalStateException("time cannot go back: " + t + " < " + now);
        }
        now = t;
    }

    /** {@return the time as strace -r style seconds with 6 decimals, e.g. 1.500000} */
    public static String format(long nanos) {
        return String.format("%d.%06d", nanos / 1_000_000_000L, (nanos % 1_000_000_000L) / 1000);
    }
}
