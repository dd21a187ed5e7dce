package dev.sigscript.kernel.abi;

/**
 * What SIG_DFL does, per signal(7)'s table ("Term", "Core", "Ign", "Stop", "Cont"), which the
 * kernel encodes as SIG_KERNEL_*_MASK in include/linux/signal.h. Real-time signals terminate.
 */
public enum DefaultAction {
    TERM, CORE, IGN, STOP, CONT;

    /** {@return the default action of signo (1..64)} */
    public static DefaultAction of(int signo) {
        return switch (signo) {
            // "Core": include/linux/signal.h SIG_KERNEL_COREDUMP_MASK.
            case Signals.SIGQUIT, Signals.SIGILL, Signals.SIGTRAP, Signals.SIGABRT, Signals.SIGBUS, Signals.SIGFPE,
                    Signals.SIGSEGV, Signals.SIGXCPU, Signals.SIGXFSZ, Signals.SIGSYS -> CORE;
            // "Ign": SIG_KERNEL_IGNORE_MASK (SIGCONT, SIGCHLD, SIGWINCH, SIGURG).
            case Signals.SIGCHLD, Signals.SIGWINCH, Signals.SIGURG -> IGN;
            case Signals.SIGCONT -> CONT;
            // "Stop": SIG_KERNEL_STOP_MASK.
            case Signals.SIGSTOP, Signals.SIGTSTP, Signals.SIGTTIN, Signals.SIGTTOU -> STOP;
            default -> TERM;
        };
    }

    /** {@return sig_kernel_ignore(): SIGCONT, SIGCHLD, SIGWINCH, SIGURG} */
    public static boolean sigKernelIgnore(int signo) {
        DefaultAction a = of(signo);
        return a == IGN || a == CONT;
    }

    /** {@return sig_kernel_stop()} */
    public static boolean sigKernelStop(int signo) {
        return of(signo) == STOP;
    }

    /** {@return sig_kernel_coredump()} */
    public static boolean sigKernelCoredump(int signo) {
        return of(signo) == CORE;
    }

    /** {@return sig_kernel_only(): SIGKILL and SIGSTOP} */
    public static boolean sigKernelOnly(int signo) {
        return signo == Signals.SIGKILL || signo == Signals.SIGSTOP;
    }

    /** The stop signals as a set (SIG_KERNEL_STOP_MASK). */
    public static final SigSet STOP_MASK = SigSet.of(Signals.SIGSTOP, Signals.SIGTSTP, Signals.SIGTTIN,
            Signals.SIGTTOU);

    /** Signals raised by an instruction, dequeued first (kernel/signal.c SYNCHRONOUS_MASK). */
    public static final SigSet SYNCHRONOUS_MASK = SigSet.of(Signals.SIGSEGV, Signals.SIGBUS, Signals.SIGILL,
            Signals.SIGTRAP, Signals.SIGFPE, Signals.SIGSYS);

    /** {@return "Term" etc. as signal(7) writes it} */
    public String text() {
        return switch (this) {
            case TERM -> "Term";
            case CORE -> "Core";
            case IGN -> "Ign";
            case STOP -> "Stop";
            case CONT -> "Cont";
        };
    }
}
