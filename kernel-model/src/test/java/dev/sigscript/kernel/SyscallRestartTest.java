package dev.sigscript.kernel;

import static dev.sigscript.kernel.abi.Signals.SIGALRM;
import static dev.sigscript.kernel.abi.Signals.SIGUSR1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.abi.SyscallNumbers;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The restart rules of arch/x86/kernel/signal.c handle_signal() and arch_do_signal_or_restart(). */
class SyscallRestartTest {
    private static final long MS = 1_000_000L;
    private static final long SEC = 1_000_000_000L;

    @Test
    void pause_interrupted_returnsEintrAfterHandler() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[1];
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", 0, SigSet.EMPTY, s -> { });
            r[0] = self.pause();
            self.exitGroup(0);
        });
        h.at(5 * MS, () -> h.kernel.shellKill(p.pid(), SIGUSR1));
        h.runOk();
        assertEquals(Errno.EINTR.neg(), r[0]);
        TraceEvent.Syscall pause = h.syscalls("pause").get(0);
        assertEquals(Errno.ERESTARTNOHAND.neg(), pause.ret());
        assertEquals(0, pause.startTime());
        assertEquals(5 * MS, pause.time());
        // rt_sigreturn hands back the interrupted call's result: "rt_sigreturn({mask=[]}) = -1 EINTR".
        TraceEvent.Syscall ret = h.syscalls("rt_sigreturn").get(0);
        assertEquals(Errno.EINTR.neg(), ret.ret());
        assertEquals(List.of(new TraceArg.Struct(List.of(new TraceArg.Field("mask", new TraceArg.SigSet(0))))),
                ret.args());
        assertEquals(1, h.events(TraceEvent.SyscallBlocked.class).size());
    }

    @Test
    void rtSigsuspend_restoresSavedMaskAfterHandler() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[1];
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", 0, SigSet.EMPTY, s -> assertEquals(SigSet.of(SIGUSR1), self.task.blocked()));
            self.sigprocmask(dev.sigscript.kernel.abi.SigHow.SIG_BLOCK, SigSet.of(SIGUSR1));
            self.mem().write64(KernelHarness.DATA + 0x600, 0);
            r[0] = self.sys(SyscallNumbers.__NR_rt_sigsuspend, KernelHarness.DATA + 0x600, 8);
            assertEquals(SigSet.of(SIGUSR1), self.task.blocked());
            self.exitGroup(0);
        });
        h.at(MS, () -> h.kernel.shellKill(p.pid(), SIGUSR1));
        h.runOk();
        assertEquals(Errno.EINTR.neg(), r[0]);
        // The frame's uc_sigmask is the saved mask, so sigreturn puts [USR1] back.
        assertEquals(SigSet.of(SIGUSR1), h.frames.requests.get(0).savedMask());
    }

    @Test
    void nanosleep_interrupted_restartBlockWithRemaining() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[2];
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", 0, SigSet.EMPTY, s -> { });
            r[0] = self.nanosleep(SEC, true);
            r[1] = self.remainingNanos();
            self.exitGroup(0);
        });
        h.at(300 * MS, () -> h.kernel.shellKill(p.pid(), SIGUSR1));
        h.runOk();
        assertEquals(Errno.EINTR.neg(), r[0]);
        assertEquals(700 * MS, r[1]);
        TraceEvent.Syscall ns = h.syscalls("nanosleep").get(0);
        assertEquals(Errno.ERESTART_RESTARTBLOCK.neg(), ns.ret());
        assertEquals(new TraceArg.Struct(List.of(new TraceArg.Field("tv_sec", new TraceArg.Num(0)),
                new TraceArg.Field("tv_nsec", new TraceArg.Num(700 * MS)))), ns.args().get(1));
        // rt_sigreturn: "Always make any pending restarted system calls return -EINTR".
        assertEquals(RestartBlock.Fn.NONE, p.task.restartBlock().fn());
    }

    @Test
    void nanosleep_stoppedAndContinued_restartSyscallSleepsTheRest() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[2];
        var p = h.spawn("main", self -> {
            r[0] = self.nanosleep(SEC, false);
            r[1] = h.kernel.now();
            self.exitGroup(0);
        });
        h.at(200 * MS, () -> h.kernel.shellKill(p.pid(), Signals.SIGSTOP));
        h.at(500 * MS, () -> h.kernel.shellKill(p.pid(), Signals.SIGCONT));
        h.runOk();
        assertEquals(0, r[0]);
        assertEquals(SEC, r[1]);
        TraceEvent.Syscall restart = h.syscalls("restart_syscall").get(0);
        assertEquals(0, restart.ret());
        assertEquals(List.of(new TraceArg.Sym("<... resuming interrupted nanosleep ...>")), restart.args());
        assertTrue(h.kernelSteps("syscall restart").get(0).contains("ERESTART_RESTARTBLOCK"));
    }

    @Test
    void saRestart_restartsEresartsys() {
        KernelHarness h = new KernelHarness();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGALRM, "on_alarm", SaFlags.SA_RESTART, SigSet.EMPTY, s -> { });
            self.sys(SyscallNumbers.__NR_alarm, 1);
            self.sys(SyscallNumbers.__NR_read, 0, KernelHarness.DATA, 16);
            throw new AssertionError("read on a silent terminal must not return with SA_RESTART");
        });
        TaskState[] state = new TaskState[1];
        h.at(2 * SEC, () -> {
            state[0] = p.task.state();
            h.kernel.shellKill(p.pid(), Signals.SIGTERM);
        });
        h.runOk();
        assertEquals(1, p.task.group().handledCount(SIGALRM));
        assertEquals(TaskState.INTERRUPTIBLE, state[0]);
        assertEquals(Errno.ERESTARTSYS.neg(), h.syscalls("read").get(0).ret());
        assertEquals(List.of("-ERESTARTSYS with SA_RESTART: restart read"), h.kernelSteps("syscall restart"));
        // Blocked once before SIGALRM, once more after the restart.
        assertEquals(2, h.events(TraceEvent.SyscallBlocked.class).size());
        // SIGALRM from the alarm is kernel-generated: only si_signo and si_code.
        assertEquals(List.of(new TraceArg.Field("si_signo", new TraceArg.Signal(SIGALRM)),
                new TraceArg.Field("si_code", new TraceArg.Sym("SI_KERNEL"))),
                h.events(TraceEvent.SignalDelivered.class).get(0).siginfo().fields());
    }

    @Test
    void withoutSaRestart_readFailsEintr() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[1];
        h.spawn("main", self -> {
            self.sigaction(SIGALRM, "on_alarm", 0, SigSet.EMPTY, s -> { });
            self.sys(SyscallNumbers.__NR_alarm, 1);
            r[0] = self.sys(SyscallNumbers.__NR_read, 0, KernelHarness.DATA, 16);
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(Errno.EINTR.neg(), r[0]);
        assertEquals(SEC, h.kernel.now());
    }

    @Test
    void alarm_returnsRemainingSecondsRoundedUp() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[2];
        h.spawn("main", self -> {
            r[0] = self.sys(SyscallNumbers.__NR_alarm, 5);
            self.nanosleep(200 * MS, false);
            r[1] = self.sys(SyscallNumbers.__NR_alarm, 0);
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(0, r[0]);
        assertEquals(5, r[1]);
    }
}
