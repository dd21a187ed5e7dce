package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.sched.Timer;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.List;

/** Waiting for signals: pause, rt_sigsuspend, rt_sigtimedwait (kernel/signal.c). */
final class SysWait {
    private final Kernel k;
    private final Syscalls syscalls;

    SysWait(Kernel k, Syscalls syscalls) {
        this.k = k;
        this.syscalls = syscalls;
    }

    /**
     * Mirrors kernel/signal.c:SYSCALL_DEFINE0(pause): sleep until a signal is pending, then
     * -ERESTARTNOHAND (EINTR after a handler, restarted when no handler runs).
     */
    Syscalls.Result pause(Task t) {
        syscalls.waitInterruptible(t, List.of(), () -> false);
        return Syscalls.Result.of(Errno.ERESTARTNOHAND.neg());
    }

    /**
     * Mirrors kernel/signal.c:sigsuspend(): the mask is replaced while waiting and put back
     * after the handler (saved_sigmask with TIF_RESTORE_SIGMASK; the frame's uc_sigmask holds
     * the saved one). Errors: EINVAL (sigsetsize), EFAULT; otherwise -ERESTARTNOHAND.
     */
    Syscalls.Result rtSigsuspend(Task t, long unewset, long sigsetsize) {
        if (sigsetsize != SysSignal.SIGSETSIZE) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), TraceDecode.ptr(unewset), new TraceArg.Num(sigsetsize));
        }
        SigSet set = new SigSet(t.mm().memory().read64(unewset));
        List<TraceArg> args = List.of(new TraceArg.SigSet(set.bits()), new TraceArg.Num(sigsetsize));
        t.savedSigmask = t.blocked;
        SigProcMask.setCurrentBlocked(t, set);
        syscalls.waitInterruptible(t, args, () -> false);
        t.restoreSigmask = true;
        return new Syscalls.Result(Errno.ERESTARTNOHAND.neg(), args, dev.sigscript.kernel.trace.TraceEvent.RetFormat.DEC);
    }

    /**
     * Mirrors kernel/signal.c:do_sigtimedwait() and SYSCALL_DEFINE4(rt_sigtimedwait): take a
     * signal of {@code uthese} off the queue, waiting with those signals temporarily unblocked
     * (real_blocked keeps the old mask). {@return the signal; -EAGAIN on timeout (or a zero
     * timeout); -EINTR when another signal interrupted; -EINVAL, -EFAULT}
     */
    Syscalls.Result rtSigtimedwait(Task t, long uthese, long uinfo, long uts, long sigsetsize) {
        Memory m = t.mm().memory();
        if (sigsetsize != SysSignal.SIGSETSIZE) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), TraceDecode.ptr(uthese), TraceDecode.ptr(uinfo),
                    TraceDecode.ptr(uts), new TraceArg.Num(sigsetsize));
        }
        SigSet which = new SigSet(m.read64(uthese));
        TraceArg tsArg = TraceArg.NULL;
        long timeout = Long.MAX_VALUE;
        if (uts != 0) {
            long sec = m.read64(uts);
            long nsec = m.read64(uts + 8);
            if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
                return Syscalls.Result.of(Errno.EINVAL.neg(), new TraceArg.SigSet(which.bits()), TraceDecode.ptr(uinfo),
                        new TraceArg.Hex(uts), new TraceArg.Num(sigsetsize));
            }
            timeout = sec * 1_000_000_000L + nsec;
            tsArg = TraceDecode.timespec(timeout);
        }
        List<TraceArg> blockedArgs = List.of(new TraceArg.SigSet(which.bits()), TraceDecode.ptr(uinfo), tsArg,
                new TraceArg.Num(sigsetsize));
        // "Invert the set of allowed signals to get those we want to block."
        SigSet mask = new SigSet(~which.minus(SigProcMask.KILL_STOP).bits());
        Dequeue.Dequeued d = k.dequeue.dequeueSignal(t, mask);
        long ret = 0;
        if (d == null && timeout != 0) {
            // "None ready, temporarily unblock those we're interested while we are sleeping
            // in so that we'll be awakened when they arrive."
            t.realBlocked = t.blocked;
            t.blocked = t.blocked.intersect(mask);
            boolean[] expired = {false};
            Timer timer = timeout == Long.MAX_VALUE ? null : k.scheduler.at(k.now() + timeout, () -> {
                expired[0] = true;
                if (t.state == TaskState.INTERRUPTIBLE) {
                    k.wakeUp(t);
                }
            });
            boolean timedOut = syscalls.waitInterruptible(t, blockedArgs, () -> expired[0]);
            k.scheduler.cancel(timer);
            ret = timedOut ? 0 : Errno.EINTR.neg();
            t.blocked = t.realBlocked;
            t.realBlocked = SigSet.EMPTY;
            d = k.dequeue.dequeueSignal(t, mask);
        }
        TraceArg infoArg = TraceDecode.ptr(uinfo);
        long result;
        if (d != null) {
            result = d.sig();
            if (uinfo != 0) {
                SigInfoCodec.write(m, uinfo, d.info());
                infoArg = TraceDecode.siginfo(d.info());
            }
        } else {
            result = ret != 0 ? ret : Errno.EAGAIN.neg();
        }
        return Syscalls.Result.of(result, new TraceArg.SigSet(which.bits()), infoArg, tsArg,
                new TraceArg.Num(sigsetsize));
    }
}
