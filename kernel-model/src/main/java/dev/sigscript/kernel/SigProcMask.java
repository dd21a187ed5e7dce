package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SigHow;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;

/** The blocked mask: kernel/signal.c sigprocmask(), set_current_blocked(), the saved sigmask. */
final class SigProcMask {
    /** SIGKILL and SIGSTOP: "cannot be caught, blocked, or ignored" - signal(7). */
    static final SigSet KILL_STOP = SigSet.of(Signals.SIGKILL, Signals.SIGSTOP);

    private SigProcMask() {}

    /**
     * Mirrors kernel/signal.c:set_current_blocked(): SIGKILL and SIGSTOP are silently
     * removed. Divergence: __set_task_blocked()'s retarget_shared_pending() (hand shared
     * signals the thread now blocks to another thread) is not modelled.
     */
    static void setCurrentBlocked(Task t, SigSet newset) {
        t.blocked = newset.minus(KILL_STOP);
    }

    /**
     * Mirrors kernel/signal.c:sigprocmask(). {@return 0, or -EINVAL for an unknown how}
     */
    static long sigprocmask(Task t, long how, SigSet set) {
        SigSet newset;
        if (how == SigHow.SIG_BLOCK) {
            newset = t.blocked.union(set);
        } else if (how == SigHow.SIG_UNBLOCK) {
            newset = t.blocked.minus(set);
        } else if (how == SigHow.SIG_SETMASK) {
            newset = set;
        } else {
            return Errno.EINVAL.neg();
        }
        setCurrentBlocked(t, newset);
        return 0;
    }

    /** Mirrors include/linux/sched/signal.h:sigmask_to_save(): what the frame's uc_sigmask gets. */
    static SigSet sigmaskToSave(Task t) {
        return t.restoreSigmask ? t.savedSigmask : t.blocked;
    }

    /** Mirrors include/linux/sched/signal.h:restore_saved_sigmask(). */
    static void restoreSavedSigmask(Task t) {
        if (t.restoreSigmask) {
            t.restoreSigmask = false;
            setCurrentBlocked(t, t.savedSigmask);
        }
    }
}
