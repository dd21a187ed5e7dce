package dev.sigscript.kernel.abi;

/** The {@code how} argument of rt_sigprocmask(2), from include/uapi/asm-generic/signal-defs.h. */
public final class SigHow {
    public static final int SIG_BLOCK = 0;
    public static final int SIG_UNBLOCK = 1;
    public static final int SIG_SETMASK = 2;

    private SigHow() {}

    /** {@return SIG_BLOCK etc., or the number} */
    public static String name(long how) {
        return how == SIG_BLOCK ? "SIG_BLOCK" : how == SIG_UNBLOCK ? "SIG_UNBLOCK"
                : how == SIG_SETMASK ? "SIG_SETMASK" : Long.toString(how);
    }
}
