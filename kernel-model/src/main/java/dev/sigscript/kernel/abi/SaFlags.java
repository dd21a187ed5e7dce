package dev.sigscript.kernel.abi;

/** Signal action flags for rt_sigaction(2), from include/uapi/asm-generic/signal.h and arch/x86. */
public final class SaFlags {
    public static final long SA_NOCLDSTOP = 0x00000001L;
    public static final long SA_NOCLDWAIT = 0x00000002L;
    public static final long SA_SIGINFO = 0x00000004L;
    public static final long SA_UNSUPPORTED = 0x00000400L;
    public static final long SA_EXPOSE_TAGBITS = 0x00000800L;
    public static final long SA_RESTORER = 0x04000000L;
    public static final long SA_ONSTACK = 0x08000000L;
    public static final long SA_RESTART = 0x10000000L;
    public static final long SA_NODEFER = 0x40000000L;
    public static final long SA_RESETHAND = 0x80000000L;
    /** SA_ONESHOT is the old name of SA_RESETHAND (the kernel uses it in get_signal()). */
    public static final long SA_ONESHOT = SA_RESETHAND;

    /** The flags do_sigaction() keeps (include/linux/signal_types.h UAPI_SA_FLAGS, x86 adds SA_RESTORER). */
    public static final long UAPI_SA_FLAGS = SA_NOCLDSTOP | SA_NOCLDWAIT | SA_SIGINFO | SA_ONSTACK | SA_RESTART
            | SA_NODEFER | SA_RESETHAND | SA_EXPOSE_TAGBITS | SA_RESTORER;

    /** strace's order (src/xlat/sigact_flags.in, x86-64 part). */
    private static final long[] ORDER = {SA_RESTORER, SA_ONSTACK, SA_RESTART, SA_NODEFER, SA_RESETHAND,
        SA_SIGINFO, SA_NOCLDSTOP, SA_NOCLDWAIT, SA_UNSUPPORTED, SA_EXPOSE_TAGBITS};
    private static final String[] NAMES = {"SA_RESTORER", "SA_ONSTACK", "SA_RESTART", "SA_NODEFER",
        "SA_RESETHAND", "SA_SIGINFO", "SA_NOCLDSTOP", "SA_NOCLDWAIT", "SA_UNSUPPORTED", "SA_EXPOSE_TAGBITS"};

    private SaFlags() {}

    /** {@return the flags as strace prints them: SA_RESTORER|SA_RESTART, 0 when empty, unknown bits in hex} */
    public static String format(long flags) {
        StringBuilder sb = new StringBuilder();
        long rest = flags;
        for (int i = 0; i < ORDER.length; i++) {
            if ((flags & ORDER[i]) != 0) {
                sb.append(sb.isEmpty() ? "" : "|").append(NAMES[i]);
                rest &= ~ORDER[i];
            }
        }
        if (rest != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("0x").append(Long.toHexString(rest));
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }

    /** {@return the flag with this C name, or 0} */
    public static long byName(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return ORDER[i];
            }
        }
        return name.equals("SA_ONESHOT") ? SA_RESETHAND : 0;
    }
}
