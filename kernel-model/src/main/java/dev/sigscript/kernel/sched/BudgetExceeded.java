package dev.sigscript.kernel.sched;

/** Thrown inside a task when a {@link Budget} runs out; the scheduler ends the run with a message. */
public final class BudgetExceeded extends RuntimeException {
    public enum Kind { STEPS, VIRTUAL_TIME, TASKS }

    private final Kind kind;

    public BudgetExceeded(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
