package dev.sigscript.kernel.sched;

/** The kinds of nondeterministic decision the model makes; each goes through a {@link ChoiceSource}. */
public enum ChoicePoint {
    /** Which runnable task runs next. */
    RUN_TASK,
    /** Which of several timers due at the same instant fires first. */
    TIMER_TIE,
    /** Which eligible thread takes a process-directed signal (complete_signal). */
    SIGNAL_TARGET_THREAD,
    /** Whether the running task is preempted at this point. */
    PREEMPT
}
