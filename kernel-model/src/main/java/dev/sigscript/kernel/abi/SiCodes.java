package dev.sigscript.kernel.abi;

/** si_code values, from include/uapi/asm-generic/siginfo.h. */
public final class SiCodes {
    // Generic codes (any signal).
    public static final int SI_USER = 0;
    public static final int SI_KERNEL = 0x80;
    public static final int SI_QUEUE = -1;
    public static final int SI_TIMER = -2;
    public static final int SI_MESGQ = -3;
    public static final int SI_ASYNCIO = -4;
    public static final int SI_SIGIO = -5;
    public static final int SI_TKILL = -6;
    // SIGILL.
    public static final int ILL_ILLOPC = 1;
    public static final int ILL_ILLOPN = 2;
    // SIGFPE.
    public static final int FPE_INTDIV = 1;
    // SIGSEGV.
    public static final int SEGV_MAPERR = 1;
    public static final int SEGV_ACCERR = 2;
    // SIGBUS.
    public static final int BUS_ADRALN = 1;
    // SIGTRAP.
    public static final int TRAP_BRKPT = 1;
    // SIGCHLD.
    public static final int CLD_EXITED = 1;
    public static final int CLD_KILLED = 2;
    public static final int CLD_DUMPED = 3;
    public static final int CLD_STOPPED = 5;
    public static final int CLD_CONTINUED = 6;

    private SiCodes() {}

    /** {@return whether the info came from the kernel: include/linux/signal.h SI_FROMKERNEL(), si_code > 0} */
    public static boolean isFromKernel(int code) {
        return code > 0;
    }

    /** {@return the code's C name for signo, as strace prints it, or the number} */
    public static String name(int signo, int code) {
        switch (code) {
            case SI_USER: return "SI_USER";
            case SI_KERNEL: return "SI_KERNEL";
            case SI_QUEUE: return "SI_QUEUE";
            case SI_TIMER: return "SI_TIMER";
            case SI_MESGQ: return "SI_MESGQ";
            case SI_ASYNCIO: return "SI_ASYNCIO";
            case SI_SIGIO: return "SI_SIGIO";
            case SI_TKILL: return "SI_TKILL";
            default: break;
        }
        String[] names = switch (signo) {
            case Signals.SIGILL -> new String[] {"ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR", "ILL_ILLTRP",
                "ILL_PRVOPC", "ILL_PRVREG", "ILL_COPROC", "ILL_BADSTK"};
            case Signals.SIGFPE -> new String[] {"FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF",
                "FPE_FLTUND", "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB"};
            case Signals.SIGSEGV -> new String[] {"SEGV_MAPERR", "SEGV_ACCERR", "SEGV_BNDERR", "SEGV_PKUERR"};
            case Signals.SIGBUS -> new String[] {"BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR"};
            case Signals.SIGTRAP -> new String[] {"TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH", "TRAP_HWBKPT"};
            case Signals.SIGCHLD -> new String[] {"CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED",
                "CLD_STOPPED", "CLD_CONTINUED"};
            default -> new String[0];
        };
        return code >= 1 && code <= names.length ? names[code - 1] : Integer.toString(code);
    }
}
