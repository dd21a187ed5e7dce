package dev.sigscript.kernel.abi;

/**
 * A signal set as the kernel keeps it ({@code sigset_t} with _NSIG = 64 on x86-64, arm64):
 * bit {@code signo - 1} set means signo is a member.
 */
public record SigSet(long bits) {
    public static final SigSet EMPTY = new SigSet(0);
    public static final SigSet FULL = new SigSet(-1L);

    public static SigSet of(int... signos) {
        long b = 0;
        for (int s : signos) {
            b |= bit(s);
        }
        return new SigSet(b);
    }

    /** {@return the bit for signo (1..64)} */
    public static long bit(int signo) {
        return 1L << (signo - 1);
    }

    public boolean contains(int signo) {
        return signo >= 1 && signo <= 64 && (bits & bit(signo)) != 0;
    }

    public SigSet with(int signo) {
        return new SigSet(bits | bit(signo));
    }

    public SigSet without(int signo) {
        return new SigSet(bits & ~bit(signo));
    }

    public SigSet union(SigSet o) {
        return new SigSet(bits | o.bits);
    }

    public SigSet intersect(SigSet o) {
        return new SigSet(bits & o.bits);
    }

    public SigSet minus(SigSet o) {
        return new SigSet(bits & ~o.bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** {@return the lowest member, or 0 when empty} */
    public int lowest() {
        return bits == 0 ? 0 : Long.numberOfTrailingZeros(bits) + 1;
    }

    public int size() {
        return Long.bitCount(bits);
    }
}
