package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;

/** Signals the kernel forces on a task for its own faults: kernel/signal.c force_sig_*(). */
final class ForceSignal {
    private final Kernel k;

    ForceSignal(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:force_sig_info_to_task() (Linux 6.x): "a fault while the signal
     * is blocked or ignored kills": then the action becomes SIG_DFL and the signal is
     * unblocked. With {@code toDefault} (HANDLER_SIG_DFL, force_fatal_sig()) it becomes
     * SIG_DFL in any case.
     */
    void forceSigInfoToTask(SigInfo info, Task t, boolean toDefault) {
        int sig = info.signo();
        ThreadGroup g = t.group();
        KSigaction action = g.sighand.action(sig);
        boolean ignored = action.handler() == Signals.SIG_IGN;
        boolean blocked = t.blocked.contains(sig);
        if (blocked || ignored || toDefault) {
            g.sighand.setAction(sig, action.withHandler(Signals.SIG_DFL));
            if (blocked) {
                t.blocked = t.blocked.without(sig);
            }
            k.trace.step(t, "force_sig_info_to_task", () -> Signals.straceName(sig)
                    + (blocked ? " blocked" : ignored ? " ignored" : " forced") + ": reset to SIG_DFL and unblocked");
        }
        k.send.sendSignalLocked(sig, info, info.code() == SiCodes.SI_KERNEL, t, false);
    }

    /** Mirrors kernel/signal.c:force_sig_fault(): SIGSEGV/SIGILL/SIGBUS with si_addr. */
    void forceSigFault(Task t, int sig, int code, long addr) {
        forceSigInfoToTask(SigInfo.fault(sig, code, addr), t, false);
    }

    /** Mirrors kernel/signal.c:force_sig(): SEND_SIG_PRIV, si_code SI_KERNEL. */
    void forceSig(Task t, int sig) {
        forceSigInfoToTask(SigInfo.user(sig, SiCodes.SI_KERNEL, 0, 0), t, false);
    }

    /**
     * Mirrors kernel/signal.c:force_sigsegv(): a failed frame for SIGSEGV itself is fatal
     * (force_fatal_sig), otherwise force_sig(SIGSEGV).
     */
    void forceSigsegv(Task t, int sig) {
        forceSigInfoToTask(SigInfo.user(Signals.SIGSEGV, SiCodes.SI_KERNEL, 0, 0), t, sig == Signals.SIGSEGV);
    }
}
