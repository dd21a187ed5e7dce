package dev.sigscript.kernel.trace;

import java.util.List;

/**
 * Everything the kernel model reports. It never prints: renderers turn these into strace-like
 * text, JSON lines, or a timeline. {@code time} is virtual nanoseconds.
 */
public sealed interface TraceEvent {

    long time();

    TaskRef task();

    /** How a syscall's return value is printed. */
    enum RetFormat {
        /** Decimal; a value in [-4095, -1] is printed as -1 ERRNO (text), restart codes as ? ERESTART... */
        DEC,
        /** Hexadecimal. */
        HEX,
        /** The call does not return ({@code exit_group(0) = ?}). */
        NONE
    }

    /** A completed system call: {@code rt_sigaction(SIGINT, {...}, NULL, 8) = 0}. */
    record Syscall(long time, TaskRef task, String name, List<TraceArg> args, long ret, RetFormat retFormat,
            long startTime) implements TraceEvent {
        public Syscall {
            args = List.copyOf(args);
        }
    }

    /** A blocking syscall went to sleep (strace's {@code <unfinished ...>}). */
    record SyscallBlocked(long time, TaskRef task, String name, List<TraceArg> args) implements TraceEvent {
        public SyscallBlocked {
            args = List.copyOf(args);
        }
    }

    /** The task took a signal (strace's {@code --- SIGINT {si_signo=...} ---}): get_signal dequeued it. */
    record SignalDelivered(long time, TaskRef task, int signo, TraceArg.Struct siginfo) implements TraceEvent {}

    /** handle_signal built a frame and the task will run its handler. */
    record HandlerEntered(long time, TaskRef task, int signo, String handler, long frame, int depth)
            implements TraceEvent {}

    /** The process exited normally: {@code +++ exited with 0 +++}. */
    record Exited(long time, TaskRef task, int code) implements TraceEvent {}

    /** The process was killed: {@code +++ killed by SIGKILL +++}, with (core dumped) when it dumped core. */
    record Killed(long time, TaskRef task, int signo, boolean coreDumped) implements TraceEvent {}

    /** The task stopped: {@code --- stopped by SIGSTOP ---}. */
    record Stopped(long time, TaskRef task, int signo) implements TraceEvent {}

    /** One internal step of the kernel, shown with --trace kernel: {@code legacy_queue: SIGUSR1 already pending, dropped}. */
    record Kernel(long time, TaskRef task, String function, String message) implements TraceEvent {}

    /** A line the script printed with dump, or a note from the runner. */
    record Note(long time, TaskRef task, String text) implements TraceEvent {}
}
