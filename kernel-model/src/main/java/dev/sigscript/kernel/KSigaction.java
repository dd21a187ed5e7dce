package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;

/**
 * One signal's action (include/linux/signal_types.h struct k_sigaction): sa_handler, sa_flags,
 * sa_restorer, sa_mask.
 */
public record KSigaction(long handler, long flags, long restorer, SigSet mask) {
    public static final KSigaction DEFAULT = new KSigaction(Signals.SIG_DFL, 0, 0, SigSet.EMPTY);

    public boolean hasFlag(long flag) {
        return (flags & flag) != 0;
    }

    public KSigaction withHandler(long h) {
        return new KSigaction(h, flags, restorer, mask);
    }

    public KSigaction withFlags(long f) {
        return new KSigaction(handler, f, restorer, mask);
    }

    public KSigaction withMask(SigSet m) {
        return new KSigaction(handler, flags, restorer, m);
    }
}
