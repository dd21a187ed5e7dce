package dev.sigscript.kernel.abi;

/** sigaltstack(2) flags and sizes, from include/uapi/linux/signal.h and arch/x86/include/uapi/asm/signal.h. */
public final class SsFlags {
    public static final int SS_ONSTACK = 1;
    public static final int SS_DISABLE = 2;
    public static final int SS_AUTODISARM = 1 << 31;
    /** Bits that may be or-ed into the mode (SS_FLAG_BITS). */
    public static final int SS_FLAG_BITS = SS_AUTODISARM;
    public static final int MINSIGSTKSZ = 2048;
    public static final int SIGSTKSZ = 8192;

    private SsFlags() {}

    /** {@return the flags as strace prints them: SS_ONSTACK, SS_DISABLE, SS_AUTODISARM, or 0} */
    public static String format(int flags) {
        StringBuilder sb = new StringBuilder();
        if ((flags & SS_ONSTACK) != 0) {
            sb.append("SS_ONSTACK");
        }
        if ((flags & SS_DISABLE) != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("SS_DISABLE");
        }
        if ((flags & SS_AUTODISARM) != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("SS_AUTODISARM");
        }
        int rest = flags & ~(SS_ONSTACK | SS_DISABLE | SS_AUTODISARM);
        if (rest != 0) {
            sb.append(sb.isEmpty() ? "" : "|").append("0x").append(Integer.toHexString(rest));
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }
}
