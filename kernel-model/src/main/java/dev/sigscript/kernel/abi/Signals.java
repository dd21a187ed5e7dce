package dev.sigscript.kernel.abi;

import java.util.OptionalInt;

/**
 * Signal numbers and names of x86-64 Linux (arch/x86/include/uapi/asm/signal.h), with the
 * spellings strace prints and the descriptions of signal(7).
 *
 * <p>Real-time signals: the kernel's SIGRTMIN is 32, but glibc reserves 32 and 33 for NPTL and
 * defines SIGRTMIN as 34 for programs; scripts use glibc's numbering ({@link #GLIBC_SIGRTMIN}).
 * strace names them from the kernel's base: 32 is SIGRTMIN, 33 SIGRT_1, 34 SIGRT_2
 * (strace src/signal.c:signame() prints "SIGRT_%u" with s - ASM_SIGRTMIN).
 */
public final class Signals {
    // Signal numbers, from arch/x86/include/uapi/asm/signal.h.
    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGABRT = 6;
    public static final int SIGBUS = 7;
    public static final int SIGFPE = 8;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGSEGV = 11;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGALRM = 14;
    public static final int SIGTERM = 15;
    public static final int SIGSTKFLT = 16;
    public static final int SIGCHLD = 17;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGTSTP = 20;
    public static final int SIGTTIN = 21;
    public static final int SIGTTOU = 22;
    public static final int SIGURG = 23;
    public static final int SIGXCPU = 24;
    public static final int SIGXFSZ = 25;
    public static final int SIGVTALRM = 26;
    public static final int SIGPROF = 27;
    public static final int SIGWINCH = 28;
    public static final int SIGIO = 29;
    public static final int SIGPWR = 30;
    public static final int SIGSYS = 31;
    /** The kernel's first real-time signal. */
    public static final int SIGRTMIN = 32;
    public static final int SIGRTMAX = 64;
    /** _NSIG on x86-64. */
    public static final int _NSIG = 64;
    /** glibc's SIGRTMIN for programs (32 and 33 are reserved for NPTL). */
    public static final int GLIBC_SIGRTMIN = 34;

    // Special handler values, from include/uapi/asm-generic/signal-defs.h.
    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;

    private static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
        "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    /** Descriptions as strsignal(3) / signal(7) give them. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
        "I/O possible", "Power failure", "Bad system call"};

    private Signals() {}

    /** {@return whether signo is a valid signal number, like the kernel's valid_signal() and sig >= 1} */
    public static boolean isValid(int signo) {
        return signo >= 1 && signo <= _NSIG;
    }

    public static boolean isRealtime(int signo) {
        return signo >= SIGRTMIN && signo <= SIGRTMAX;
    }

    /**
     * {@return the signal a script names: SIGUSR1 (or USR1), SIGRTMIN/SIGRTMAX with glibc's
     * values plus {@code offset}; empty when unknown or out of range}
     */
    public static OptionalInt byScriptName(String name, int offset) {
        String n = name.startsWith("SIG") ? name : "SIG" + name;
        int base;
        if (n.equals("SIGRTMIN")) {
            base = GLIBC_SIGRTMIN;
        } else if (n.equals("SIGRTMAX")) {
            base = SIGRTMAX;
        } else if (n.equals("SIGIOT")) {
            base = SIGABRT;
        } else if (n.equals("SIGPOLL")) {
            base = SIGIO;
        } else {
            base = 0;
            for (int i = 1; i < NAMES.length; i++) {
                if (NAMES[i].equals(n)) {
                    base = i;
                }
            }
            if (base == 0 || offset != 0) {
                return OptionalInt.empty();
            }
        }
        int s = base + offset;
        if (base >= GLIBC_SIGRTMIN && (s < GLIBC_SIGRTMIN || s > SIGRTMAX)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(s);
    }

    /** {@return the name a program sees: SIGUSR1, SIGRTMIN+2 (glibc numbering), or the number} */
    public static String name(int signo) {
        if (signo >= 1 && signo < NAMES.length) {
            return NAMES[signo];
        }
        if (signo >= GLIBC_SIGRTMIN && signo <= SIGRTMAX) {
            return signo == GLIBC_SIGRTMIN ? "SIGRTMIN" : "SIGRTMIN+" + (signo - GLIBC_SIGRTMIN);
        }
        return Integer.toString(signo);
    }

    /**
     * {@return strace's spelling: SIGUSR1, SIGRTMIN for 32, SIGRT_2 for 34, else the number}
     * (strace src/signal.c:signame() and sprintsigname()).
     */
    public static String straceName(int signo) {
        if (signo >= 1 && signo < NAMES.length) {
            return NAMES[signo];
        }
        if (signo == SIGRTMIN) {
            return "SIGRTMIN";
        }
        if (signo > SIGRTMIN && signo <= SIGRTMAX) {
            return "SIGRT_" + (signo - SIGRTMIN);
        }
        return Integer.toString(signo);
    }

    /** {@return the name inside a printed set, strace's without "SIG": USR1, RTMIN, RT_2} */
    public static String setElementName(int signo) {
        String s = straceName(signo);
        return s.startsWith("SIG") ? s.substring(3) : s;
    }

    /** {@return the description of signal(7) / strsignal(3)} */
    public static String description(int signo) {
        if (signo >= 1 && signo < DESCRIPTIONS.length) {
            return DESCRIPTIONS[signo];
        }
        if (isRealtime(signo)) {
            return "Real-time signal " + (signo - SIGRTMIN);
        }
        return "Unknown signal " + signo;
    }
}
