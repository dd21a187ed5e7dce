package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.sched.Timer;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.List;

/** nanosleep, restart_syscall, alarm (kernel/time/hrtimer.c, kernel/time/itimer.c, kernel/signal.c). */
final class SysTime {
    private static final long NSEC_PER_SEC = 1_000_000_000L;

    private final Kernel k;
    private final Syscalls syscalls;

    SysTime(Kernel k, Syscalls syscalls) {
        this.k = k;
        this.syscalls = syscalls;
    }

    /**
     * Mirrors kernel/time/hrtimer.c:SYSCALL_DEFINE2(nanosleep) → hrtimer_nanosleep(). Errors:
     * EINVAL (bad timespec), EFAULT; interrupted: -ERESTART_RESTARTBLOCK with the remaining
     * time in *rmtp (when non-null) and the absolute expiry in the restart block.
     */
    Syscalls.Result nanosleep(Task t, long rqtp, long rmtp) {
        Memory m = t.mm().memory();
        long sec = m.read64(rqtp);
        long nsec = m.read64(rqtp + 8);
        if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), new TraceArg.Hex(rqtp), TraceDecode.ptr(rmtp));
        }
        long duration = sec > Long.MAX_VALUE / NSEC_PER_SEC - 1 ? Long.MAX_VALUE / 2 : sec * NSEC_PER_SEC + nsec;
        TraceArg req = TraceDecode.timespec(duration);
        long expires = k.now() + duration;
        long ret = doNanosleep(t, expires, rmtp, List.of(req, TraceDecode.ptr(rmtp)));
        TraceArg rem = ret == Errno.ERESTART_RESTARTBLOCK.neg() && rmtp != 0
                ? TraceDecode.timespec(expires - k.now()) : TraceDecode.ptr(rmtp);
        return Syscalls.Result.of(ret, req, rem);
    }

    /**
     * Mirrors kernel/time/posix-timers.c:SYSCALL_DEFINE4(clock_nanosleep) → common_nsleep() →
     * hrtimer_nanosleep(): what glibc 2.36's sleep() and nanosleep() call. CLOCK_REALTIME and
     * CLOCK_MONOTONIC both read the virtual clock. Relative sleeps restart through the restart
     * block like nanosleep(2); an interrupted TIMER_ABSTIME sleep returns -ERESTARTNOHAND
     * (hrtimer_nanosleep: "if (mode == HRTIMER_MODE_ABS) return -ERESTARTNOHAND").
     */
    Syscalls.Result clockNanosleep(Task t, int clock, int flags, long rqtp, long rmtp) {
        TraceArg clockArg = new TraceArg.Sym(clock == 0 ? "CLOCK_REALTIME" : clock == 1 ? "CLOCK_MONOTONIC"
                : Integer.toString(clock));
        TraceArg flagsArg = (flags & 1) != 0 ? new TraceArg.Sym("TIMER_ABSTIME") : new TraceArg.Num(flags);
        if (clock != 0 && clock != 1) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), clockArg, flagsArg, new TraceArg.Hex(rqtp),
                    TraceDecode.ptr(rmtp));
        }
        Memory m = t.mm().memory();
        long sec = m.read64(rqtp);
        long nsec = m.read64(rqtp + 8);
        if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), clockArg, flagsArg, new TraceArg.Hex(rqtp),
                    TraceDecode.ptr(rmtp));
        }
        long value = sec > Long.MAX_VALUE / NSEC_PER_SEC - 1 ? Long.MAX_VALUE / 2 : sec * NSEC_PER_SEC + nsec;
        TraceArg req = TraceDecode.timespec(value);
        boolean absolute = (flags & 1) != 0;
        long expires = absolute ? value : k.now() + value;
        List<TraceArg> args = List.of(clockArg, flagsArg, req, TraceDecode.ptr(rmtp));
        long ret = doNanosleep(t, expires, absolute ? 0 : rmtp, args);
        if (absolute && ret == Errno.ERESTART_RESTARTBLOCK.neg()) {
            t.restartBlock = new RestartBlock(RestartBlock.Fn.NONE, 0, 0);
            ret = Errno.ERESTARTNOHAND.neg();
        }
        TraceArg rem = ret == Errno.ERESTART_RESTARTBLOCK.neg() && rmtp != 0
                ? TraceDecode.timespec(expires - k.now()) : TraceDecode.ptr(rmtp);
        return Syscalls.Result.of(ret, clockArg, flagsArg, req, rem);
    }

    /**
     * Mirrors kernel/time/hrtimer.c:do_nanosleep() and the restart set-up of
     * hrtimer_nanosleep(): {@return 0 when the time passed, -ERESTART_RESTARTBLOCK when a
     * signal came first}
     */
    private long doNanosleep(Task t, long expires, long rmtp, List<TraceArg> args) {
        boolean[] expired = {k.now() >= expires};
        Timer timer = expired[0] ? null : k.scheduler.at(expires, () -> {
            expired[0] = true;
            if (t.state == TaskState.INTERRUPTIBLE) {
                k.wakeUp(t);
            }
        });
        boolean done = syscalls.waitInterruptible(t, args, () -> expired[0]);
        k.scheduler.cancel(timer);
        if (done) {
            return 0;
        }
        long rem = expires - k.now();
        if (rmtp != 0) {
            if (rem <= 0) {
                return 0;
            }
            Memory m = t.mm().memory();
            m.write64(rmtp, rem / NSEC_PER_SEC);
            m.write64(rmtp + 8, rem % NSEC_PER_SEC);
        }
        t.restartBlock = new RestartBlock(RestartBlock.Fn.NANOSLEEP, expires, rmtp);
        k.trace.step(t, "do_nanosleep", () -> "interrupted with " + VirtualTime.format(rem)
                + "s left: -ERESTART_RESTARTBLOCK, restart_block = nanosleep until " + VirtualTime.format(expires));
        return Errno.ERESTART_RESTARTBLOCK.neg();
    }

    /**
     * Mirrors kernel/signal.c:SYSCALL_DEFINE0(restart_syscall): {@code restart_block.fn}: the
     * rest of an interrupted nanosleep, or do_no_restart_syscall() (-EINTR).
     */
    Syscalls.Result restartSyscall(Task t) {
        RestartBlock rb = t.restartBlock;
        return switch (rb.fn()) {
            case NONE -> Syscalls.Result.of(Errno.EINTR.neg(), new TraceArg.Sym("<... resuming interrupted call ...>"));
            case NANOSLEEP -> {
                TraceArg arg = new TraceArg.Sym("<... resuming interrupted nanosleep ...>");
                long ret = doNanosleep(t, rb.expires(), rb.rmtp(), List.of(arg));
                yield Syscalls.Result.of(ret, arg);
            }
        };
    }

    /**
     * Mirrors kernel/time/itimer.c:alarm_setitimer(): ITIMER_REAL of the process; when it
     * expires, it_real_fn() sends SIGALRM to the process with SEND_SIG_PRIV (SI_KERNEL).
     * {@return the seconds left on the previous alarm, rounded as the kernel does (up when
     * under a second, to nearest otherwise)}
     */
    Syscalls.Result alarm(Task t, long seconds) {
        ThreadGroup g = t.group();
        long old = 0;
        if (g.realTimer != null && !g.realTimer.isCancelled()) {
            long left = g.realTimer.when() - k.now();
            long s = left / NSEC_PER_SEC;
            long usec = (left % NSEC_PER_SEC) / 1000;
            // "We can't return 0 if we have an alarm pending ... And we'd better return too
            // much than too little anyway"
            if (s == 0 && usec != 0 || usec >= 500_000) {
                s++;
            }
            old = s;
            k.scheduler.cancel(g.realTimer);
            g.realTimer = null;
        }
        if (seconds != 0) {
            g.realTimer = k.scheduler.at(k.now() + seconds * NSEC_PER_SEC, () -> itRealFn(g));
        }
        return Syscalls.Result.of(old, new TraceArg.Num(seconds));
    }

    /** Mirrors kernel/time/itimer.c:it_real_fn(): kill_pid_info(SIGALRM, SEND_SIG_PRIV, leader). */
    private void itRealFn(ThreadGroup g) {
        g.realTimer = null;
        if (g.exitStatus == null) {
            k.trace.step(g.leader(), "it_real_fn", () -> "ITIMER_REAL expired: SIGALRM");
            k.send.sendSignalLocked(Signals.SIGALRM, SigInfo.user(Signals.SIGALRM, SiCodes.SI_KERNEL, 0, 0), true,
                    g.leader(), true);
        }
    }

    /** Seconds with 6 decimals, for kernel-step messages. */
    private static final class VirtualTime {
        static String format(long nanos) {
            return dev.sigscript.kernel.sched.VirtualClock.format(nanos);
        }
    }
}
