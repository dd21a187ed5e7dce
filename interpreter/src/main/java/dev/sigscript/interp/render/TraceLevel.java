package dev.sigscript.interp.render;

/** How much of the trace to show: {@code --trace signals | syscalls | kernel}. */
public enum TraceLevel {
    /** Nothing (benchmarks): only the expectation results are printed. */
    NONE,
    /** Signals delivered, exits, stops, and the script's own notes (expect, dump). */
    SIGNALS,
    /** Also every system call, as strace -f shows them (the default). */
    SYSCALLS,
    /** Also the kernel's internal steps (legacy_queue, setup_rt_frame, restart decisions). */
    KERNEL
}
