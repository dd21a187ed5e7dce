package dev.sigscript.kernel.sched;

/**
 * Limits that keep every run finite: steps (statements and loop iterations the interpreter
 * executes, plus scheduler passes), virtual time, and the number of tasks ever created (a fork
 * bomb stops here).
 */
public record Budget(long maxSteps, long maxVirtualNanos, int maxTasks) {
    public static final Budget DEFAULT = new Budget(10_000_000L, 3600L * 1_000_000_000L, 512);

    public Budget withMaxSteps(long steps) {
        return new Budget(steps, maxVirtualNanos, maxTasks);
    }
}
