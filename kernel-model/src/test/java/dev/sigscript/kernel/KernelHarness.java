package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.SyscallNumbers;
import dev.sigscript.kernel.sched.ChoiceSource;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Drives the Kernel the way the interpreter will: process bodies set registers and call
 * syscallEntry; when the kernel points rip at a handler, the harness runs the Java handler
 * body, then "ret"s into __restore_rt and issues rt_sigreturn; when the kernel rewinds rip by
 * two (a restart) it re-executes the syscall instruction.
 */
final class KernelHarness {
    static final long CALLSITE = ProcessImage.TEXT_BASE + 0x102;
    static final long DATA = ProcessImage.DATA_BASE;

    final List<TraceEvent> events = new ArrayList<>();
    final FakeFrames frames = new FakeFrames();
    final Kernel kernel;

    KernelHarness() {
        this(KernelConfig.DEFAULT);
    }

    KernelHarness(KernelConfig config) {
        kernel = new Kernel(config, frames, events::add, ChoiceSource.fifo());
    }

    /** With the real frames of another SignalFrames implementation (frames.requests stays empty). */
    KernelHarness(dev.sigscript.kernel.arch.SignalFrames real) {
        kernel = new Kernel(KernelConfig.DEFAULT, real, events::add, ChoiceSource.fifo());
    }

    Proc spawn(String name, Consumer<Proc> body) {
        return spawn(name, 0, body);
    }

    Proc spawn(String name, int uid, Consumer<Proc> body) {
        Proc[] holder = new Proc[1];
        Task t = kernel.spawnProcess(name, uid, () -> body.accept(holder[0]));
        holder[0] = new Proc(t);
        return holder[0];
    }

    /** Runs to the end; an assertion failing inside a task fails the test (the scheduler reports it as ERROR). */
    dev.sigscript.kernel.sched.RunEnd runOk() {
        var end = kernel.run();
        if (end.error().isPresent()) {
            Throwable e = end.error().get();
            if (e instanceof Error err) {
                throw err;
            }
            throw new AssertionError("run ended with " + end, e);
        }
        return end;
    }

    /** Runs the shell action at virtual time {@code when}. */
    void at(long when, Runnable action) {
        kernel.scheduler().at(when, action);
    }

    <T extends TraceEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<TraceEvent.Syscall> syscalls(String name) {
        return events(TraceEvent.Syscall.class).stream().filter(s -> s.name().equals(name)).toList();
    }

    List<String> kernelSteps(String function) {
        return events(TraceEvent.Kernel.class).stream().filter(e -> e.function().equals(function))
                .map(TraceEvent.Kernel::message).toList();
    }

    /** One process as seen from inside its coroutine. */
    final class Proc {
        final Task task;
        private final Map<Long, IntConsumer> handlers = new HashMap<>();
        private long nextHandler = ProcessImage.TEXT_BASE + 0x1000;

        Proc(Task task) {
            this.task = task;
        }

        int pid() {
            return task.pid();
        }

        Memory mem() {
            return task.mm().memory();
        }

        /** Executes {@code syscall} at CALLSITE - 2 with rax = nr; runs handlers; follows restarts. */
        long sys(int nr, long... args) {
            var regs = task.regs();
            regs.rip(CALLSITE);
            regs.rax(nr);
            for (int i = 0; i < args.length; i++) {
                regs.arg(i, args[i]);
            }
            while (true) {
                kernel.syscallEntry(task);
                runHandlers();
                if (regs.rip() == CALLSITE - 2) {
                    regs.rip(CALLSITE);
                    continue;
                }
                return regs.rax();
            }
        }

        private void runHandlers() {
            var regs = task.regs();
            while (handlers.containsKey(regs.rip())) {
                IntConsumer body = handlers.get(regs.rip());
                body.accept((int) regs.arg(0));
                // ret: pop pretcode into rip; __restore_rt: mov $15,%rax; syscall.
                regs.rip(mem().read64(regs.rsp()));
                regs.rsp(regs.rsp() + 8);
                regs.rip(regs.rip() + 9);
                regs.rax(SyscallNumbers.__NR_rt_sigreturn);
                kernel.syscallEntry(task);
            }
        }

        /** Installs a handler with SA_RESTORER|flags and __restore_rt, like glibc's sigaction(). */
        long sigaction(int sig, String name, long flags, SigSet mask, IntConsumer body) {
            long addr = nextHandler;
            nextHandler += 0x10;
            handlers.put(addr, body);
            task.mm().symbols().define(addr, name);
            return sigactionRaw(sig, addr, flags | SaFlags.SA_RESTORER, mask);
        }

        long sigactionRaw(int sig, long handler, long flags, SigSet mask) {
            long act = DATA + 0x100;
            mem().write64(act, handler);
            mem().write64(act + 8, flags);
            mem().write64(act + 16, ProcessImage.RESTORE_RT);
            mem().write64(act + 24, mask.bits());
            return sys(SyscallNumbers.__NR_rt_sigaction, sig, act, 0, 8);
        }

        long sigprocmask(int how, SigSet set) {
            mem().write64(DATA + 0x200, set.bits());
            return sys(SyscallNumbers.__NR_rt_sigprocmask, how, DATA + 0x200, DATA + 0x208, 8);
        }

        SigSet oldMask() {
            return new SigSet(mem().read64(DATA + 0x208));
        }

        SigSet sigpending() {
            sys(SyscallNumbers.__NR_rt_sigpending, DATA + 0x300, 8);
            return new SigSet(mem().read64(DATA + 0x300));
        }

        long kill(int pid, int sig) {
            return sys(SyscallNumbers.__NR_kill, pid, sig);
        }

        /** sigqueue(3): rt_sigqueueinfo with SI_QUEUE, si_pid = getpid(), si_value. */
        long sigqueue(int pid, int sig, long value) {
            long info = DATA + 0x400;
            mem().fill(info, 128, (byte) 0);
            mem().write32(info, sig);
            mem().write32(info + 8, -1);
            mem().write32(info + 16, pid());
            mem().write32(info + 20, task.group().uid());
            mem().write64(info + 24, value);
            return sys(SyscallNumbers.__NR_rt_sigqueueinfo, pid, sig, info);
        }

        long pause() {
            return sys(SyscallNumbers.__NR_pause);
        }

        long nanosleep(long nanos, boolean wantRem) {
            mem().write64(DATA + 0x500, nanos / 1_000_000_000L);
            mem().write64(DATA + 0x508, nanos % 1_000_000_000L);
            return sys(SyscallNumbers.__NR_nanosleep, DATA + 0x500, wantRem ? DATA + 0x510 : 0);
        }

        long remainingNanos() {
            return mem().read64(DATA + 0x510) * 1_000_000_000L + mem().read64(DATA + 0x518);
        }

        void exitGroup(int code) {
            sys(SyscallNumbers.__NR_exit_group, code);
        }
    }
}
