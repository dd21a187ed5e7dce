package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.DefaultAction;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.abi.SsFlags;

/** Changing actions and the alternate stack: kernel/signal.c do_sigaction(), do_sigaltstack(). */
final class DoSigaction {
    private DoSigaction() {}

    /** Old and new action; {@code ret} is 0 or -errno. */
    record Outcome(long ret, KSigaction old) {}

    /**
     * Mirrors kernel/signal.c:do_sigaction() (Linux 6.x): EINVAL for an invalid signal, or for
     * any new action on SIGKILL/SIGSTOP (sig_kernel_only, even SIG_DFL); unknown flag bits are
     * cleared (UAPI_SA_FLAGS); SIGKILL/SIGSTOP leave sa_mask. "POSIX 3.3.1.3: Setting a signal
     * action to SIG_IGN for a signal that is pending shall cause the pending signal to be
     * discarded, whether or not it is blocked." - and so for SIG_DFL of a default-ignore signal.
     *
     * @param act the new action, or null to only read
     */
    static Outcome doSigaction(Kernel k, Task p, int sig, KSigaction act) {
        if (!Signals.isValid(sig) || act != null && DefaultAction.sigKernelOnly(sig)) {
            return new Outcome(Errno.EINVAL.neg(), null);
        }
        ThreadGroup g = p.group();
        KSigaction old = g.sighand.action(sig);
        old = old.withFlags(old.flags() & SaFlags.UAPI_SA_FLAGS);
        if (act != null) {
            KSigaction n = new KSigaction(act.handler(), act.flags() & SaFlags.UAPI_SA_FLAGS, act.restorer(),
                    act.mask().minus(SigProcMask.KILL_STOP));
            g.sighand.setAction(sig, n);
            if (SendSignal.sigHandlerIgnored(n.handler(), sig)) {
                SigSet mask = SigSet.of(sig);
                boolean had = g.sharedPending.has(sig) || g.threads.stream().anyMatch(t -> t.pending.has(sig));
                g.sharedPending.flushSigqueueMask(mask, k.ucounts);
                for (Task t : g.threads) {
                    t.pending.flushSigqueueMask(mask, k.ucounts);
                }
                if (had) {
                    k.trace.step(p, "do_sigaction", () -> Signals.straceName(sig)
                            + " now ignored: pending instances discarded");
                }
            }
        }
        return new Outcome(0, old);
    }

    /**
     * Mirrors kernel/signal.c:do_sigaltstack(): EPERM while running on the alternate stack,
     * EINVAL for a bad mode, ENOMEM below MINSIGSTKSZ; SS_DISABLE clears it.
     */
    static long doSigaltstack(Task t, long ssSp, int ssFlags, long ssSize, long sp) {
        if (t.onSigStack(sp)) {
            return Errno.EPERM.neg();
        }
        int mode = ssFlags & ~SsFlags.SS_FLAG_BITS;
        if (mode != SsFlags.SS_DISABLE && mode != SsFlags.SS_ONSTACK && mode != 0) {
            return Errno.EINVAL.neg();
        }
        if (t.sasSsSp == ssSp && t.sasSsSize == ssSize && t.sasSsFlags == ssFlags) {
            return 0;
        }
        if (mode == SsFlags.SS_DISABLE) {
            ssSize = 0;
            ssSp = 0;
        } else if (Long.compareUnsigned(ssSize, SsFlags.MINSIGSTKSZ) < 0) {
            return Errno.ENOMEM.neg();
        }
        t.sasSsSp = ssSp;
        t.sasSsSize = ssSize;
        t.sasSsFlags = ssFlags;
        return 0;
    }
}
