package dev.sigscript.kernel;

/** A task's state, as include/linux/sched.h's TASK_* values and exit states. */
public enum TaskState {
    /** TASK_RUNNING: running or runnable. */
    RUNNING,
    /** TASK_INTERRUPTIBLE: asleep; a signal wakes it. */
    INTERRUPTIBLE,
    /** TASK_UNINTERRUPTIBLE: asleep; signals do not wake it. */
    UNINTERRUPTIBLE,
    /** TASK_KILLABLE: asleep; only a fatal signal wakes it. */
    KILLABLE,
    /** TASK_STOPPED: stopped by a stop signal until SIGCONT or SIGKILL. */
    STOPPED,
    /** EXIT_ZOMBIE: exited, not yet reaped. */
    ZOMBIE,
    /** EXIT_DEAD: reaped. */
    DEAD
}
