package dev.sigscript.kernel;

import dev.sigscript.cpu.Regs;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SyscallNumbers;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * System call entry and dispatch: arch/x86/entry/common.c do_syscall_64() with the table of
 * arch/x86/entry/syscalls/syscall_64.tbl. A guest memory fault in a handler is -EFAULT.
 */
final class Syscalls {

    /** What a syscall handler returns: the value for rax and the decoded arguments for the trace. */
    record Result(long ret, List<TraceArg> args, TraceEvent.RetFormat format) {
        Result {
            args = List.copyOf(args);
        }

        static Result of(long ret, TraceArg... args) {
            return new Result(ret, List.of(args), TraceEvent.RetFormat.DEC);
        }
    }

    private final Kernel k;
    private final SysSignal signal;
    private final SysKill kill;
    private final SysWait wait;
    private final SysTime time;
    private final SysProcess process;

    Syscalls(Kernel k) {
        this.k = k;
        this.signal = new SysSignal(k);
        this.kill = new SysKill(k);
        this.wait = new SysWait(k, this);
        this.time = new SysTime(k, this);
        this.process = new SysProcess(k, this);
    }

    /** Mirrors arch/x86/entry/common.c:do_syscall_64() up to the exit work: orig_ax, dispatch, rax, trace. */
    void entry(Task t) {
        Regs regs = t.regs();
        long nr = regs.syscallNr();
        regs.origSyscallNr(nr);
        long start = k.now();
        t.syscallName = SyscallNumbers.name(nr);
        t.syscallArgs = List.of();
        Result r;
        try {
            r = dispatch(t, (int) nr, regs);
        } catch (MemoryFaultException e) {
            r = new Result(Errno.EFAULT.neg(), rawArgs(regs, t.syscallArgs), TraceEvent.RetFormat.DEC);
        }
        regs.ret(r.ret());
        emit(t, r, start);
    }

    void emit(Task t, Result r, long start) {
        k.trace.emit(new TraceEvent.Syscall(k.now(), t.ref(), t.syscallName, r.args(), r.ret(), r.format(), start));
    }

    private static List<TraceArg> rawArgs(Regs regs, List<TraceArg> known) {
        if (!known.isEmpty()) {
            return known;
        }
        List<TraceArg> a = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            a.add(new TraceArg.Hex(regs.arg(i)));
        }
        return a;
    }

    private Result dispatch(Task t, int nr, Regs r) {
        return switch (nr) {
            case SyscallNumbers.__NR_read -> process.read(t, (int) r.arg(0), r.arg(1), r.arg(2));
            case SyscallNumbers.__NR_write -> process.write(t, (int) r.arg(0), r.arg(1), r.arg(2));
            case SyscallNumbers.__NR_rt_sigaction -> signal.rtSigaction(t, (int) r.arg(0), r.arg(1), r.arg(2), r.arg(3));
            case SyscallNumbers.__NR_rt_sigprocmask -> signal.rtSigprocmask(t, (int) r.arg(0), r.arg(1), r.arg(2),
                    r.arg(3));
            case SyscallNumbers.__NR_rt_sigreturn -> signal.rtSigreturn(t);
            case SyscallNumbers.__NR_pause -> wait.pause(t);
            case SyscallNumbers.__NR_nanosleep -> time.nanosleep(t, r.arg(0), r.arg(1));
            case SyscallNumbers.__NR_clock_nanosleep -> time.clockNanosleep(t, (int) r.arg(0), (int) r.arg(1), r.arg(2),
                    r.arg(3));
            case SyscallNumbers.__NR_alarm -> time.alarm(t, r.arg(0) & 0xffffffffL);
            case SyscallNumbers.__NR_getpid -> Result.of(t.pid());
            case SyscallNumbers.__NR_getppid -> Result.of(t.group().ppid());
            case SyscallNumbers.__NR_gettid -> Result.of(t.tid());
            case SyscallNumbers.__NR_getuid -> Result.of(t.group().uid());
            case SyscallNumbers.__NR_exit -> process.exit(t, (int) r.arg(0));
            case SyscallNumbers.__NR_exit_group -> process.exitGroup(t, (int) r.arg(0));
            case SyscallNumbers.__NR_kill -> kill.kill(t, (int) r.arg(0), (int) r.arg(1));
            case SyscallNumbers.__NR_tkill -> kill.tkill(t, (int) r.arg(0), (int) r.arg(1));
            case SyscallNumbers.__NR_tgkill -> kill.tgkill(t, (int) r.arg(0), (int) r.arg(1), (int) r.arg(2));
            case SyscallNumbers.__NR_rt_sigqueueinfo -> kill.rtSigqueueinfo(t, (int) r.arg(0), (int) r.arg(1),
                    r.arg(2));
            case SyscallNumbers.__NR_rt_sigpending -> signal.rtSigpending(t, r.arg(0), r.arg(1));
            case SyscallNumbers.__NR_rt_sigtimedwait -> wait.rtSigtimedwait(t, r.arg(0), r.arg(1), r.arg(2), r.arg(3));
            case SyscallNumbers.__NR_rt_sigsuspend -> wait.rtSigsuspend(t, r.arg(0), r.arg(1));
            case SyscallNumbers.__NR_sigaltstack -> signal.sigaltstack(t, r.arg(0), r.arg(1));
            case SyscallNumbers.__NR_restart_syscall -> time.restartSyscall(t);
            default -> new Result(Errno.ENOSYS.neg(), rawArgs(r, List.of()), TraceEvent.RetFormat.DEC);
        };
    }

    /**
     * Sleeps in TASK_INTERRUPTIBLE until {@code done} holds or a signal is pending, the way a
     * wait loop with {@code signal_pending(current)} does; the first sleep is reported as
     * SyscallBlocked (strace's {@code <unfinished ...>}) with {@code args}.
     * {@return true when done, false when a signal interrupted}
     */
    boolean waitInterruptible(Task t, List<TraceArg> args, BooleanSupplier done) {
        boolean announced = false;
        while (true) {
            if (done.getAsBoolean()) {
                return true;
            }
            if (k.signalPending(t)) {
                return false;
            }
            if (!announced) {
                t.syscallArgs = List.copyOf(args);
                k.trace.emit(new TraceEvent.SyscallBlocked(k.now(), t.ref(), t.syscallName, args));
                announced = true;
            }
            t.state = TaskState.INTERRUPTIBLE;
            k.scheduler.sleep();
            t.state = TaskState.RUNNING;
        }
    }
}
