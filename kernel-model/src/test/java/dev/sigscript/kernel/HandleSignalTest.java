package dev.sigscript.kernel;

import static dev.sigscript.kernel.abi.Signals.SIGUSR1;
import static dev.sigscript.kernel.abi.Signals.SIGUSR2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.sched.RunEnd;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** handle_signal()/signal_delivered() rules, default actions and the shell as sender. */
class HandleSignalTest {
    private static final long MS = 1_000_000L;

    @Test
    void handleSignal_resethand_secondDeliveryTakesDefault() {
        KernelHarness h = new KernelHarness();
        List<Integer> seen = new ArrayList<>();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "once", SaFlags.SA_RESETHAND, SigSet.EMPTY, seen::add);
            self.kill(self.pid(), SIGUSR1);
            assertEquals(Signals.SIG_DFL, self.task.group().sighand().action(SIGUSR1).handler());
            self.kill(self.pid(), SIGUSR1);
            throw new AssertionError("the second SIGUSR1 should have killed the process");
        });
        assertEquals(RunEnd.Reason.ALL_EXITED, h.runOk().reason());
        assertEquals(List.of(SIGUSR1), seen);
        assertEquals(new ExitStatus(false, 0, SIGUSR1, false), p.task.group().exitStatus().orElseThrow());
        assertEquals(new TraceEvent.Killed(0, p.task.ref(), SIGUSR1, false), h.events(TraceEvent.Killed.class).get(0));
    }

    @Test
    void handleSignal_nodefer_allowsNesting() {
        assertEquals(List.of(1, 2), depthsWithFlags(SaFlags.SA_NODEFER));
        // Without SA_NODEFER the signal is blocked in its handler: the second runs after the first returns.
        assertEquals(List.of(1, 1), depthsWithFlags(0));
    }

    private static List<Integer> depthsWithFlags(long flags) {
        KernelHarness h = new KernelHarness();
        List<Integer> depths = new ArrayList<>();
        h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", flags, SigSet.EMPTY, s -> {
                depths.add(self.task.handlerDepth());
                if (depths.size() == 1) {
                    self.kill(self.pid(), SIGUSR1);
                }
            });
            self.kill(self.pid(), SIGUSR1);
            assertEquals(0, self.task.handlerDepth());
            self.exitGroup(0);
        });
        h.runOk();
        return depths;
    }

    @Test
    void handleSignal_saMaskBlocksDuringHandler() {
        KernelHarness h = new KernelHarness();
        List<String> order = new ArrayList<>();
        h.spawn("main", self -> {
            self.sigaction(SIGUSR2, "on_usr2", 0, SigSet.EMPTY, s -> order.add("usr2"));
            self.sigaction(SIGUSR1, "on_usr1", 0, SigSet.of(SIGUSR2), s -> {
                order.add("usr1 start");
                assertEquals(SigSet.of(SIGUSR1, SIGUSR2), self.task.blocked());
                self.kill(self.pid(), SIGUSR2);
                order.add("usr1 end");
            });
            self.kill(self.pid(), SIGUSR1);
            assertEquals(SigSet.EMPTY, self.task.blocked());
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(List.of("usr1 start", "usr1 end", "usr2"), order);
        // The frame saved the mask from before the handler.
        assertEquals(SigSet.EMPTY, h.frames.requests.get(0).savedMask());
    }

    @Test
    void handleSignal_pendingHandledSignals_nestFramesLastBuiltRunsFirst() {
        KernelHarness h = new KernelHarness();
        List<String> order = new ArrayList<>();
        h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "a", 0, SigSet.EMPTY, s -> order.add("usr1@" + self.task.handlerDepth()));
            self.sigaction(SIGUSR2, "b", 0, SigSet.EMPTY, s -> order.add("usr2@" + self.task.handlerDepth()));
            self.sigprocmask(dev.sigscript.kernel.abi.SigHow.SIG_BLOCK, SigSet.of(SIGUSR1, SIGUSR2));
            self.kill(self.pid(), SIGUSR2);
            self.kill(self.pid(), SIGUSR1);
            self.sigprocmask(dev.sigscript.kernel.abi.SigHow.SIG_UNBLOCK, SigSet.of(SIGUSR1, SIGUSR2));
            self.exitGroup(0);
        });
        h.runOk();
        // USR1 (lowest) is dequeued first and its frame built; then USR2's frame on top runs first.
        assertEquals(List.of("usr2@2", "usr1@1"), order);
    }

    @Test
    void defaultAction_term_core_ignore_stop() {
        KernelHarness h = new KernelHarness();
        var term = h.spawn("term", self -> self.pause());
        var core = h.spawn("core", self -> self.pause());
        var ign = h.spawn("ign", self -> {
            self.kill(self.pid(), Signals.SIGCHLD);
            self.kill(self.pid(), Signals.SIGWINCH);
            self.exitGroup(3);
        });
        var stop = h.spawn("stop", self -> self.pause());
        TaskState[] stopped = new TaskState[2];
        h.at(MS, () -> {
            h.kernel.shellKill(term.pid(), Signals.SIGTERM);
            h.kernel.shellKill(core.pid(), Signals.SIGQUIT);
            h.kernel.shellKill(stop.pid(), Signals.SIGSTOP);
        });
        h.at(2 * MS, () -> {
            stopped[0] = stop.task.state();
            h.kernel.shellKill(stop.pid(), Signals.SIGCONT);
        });
        h.at(3 * MS, () -> {
            stopped[1] = stop.task.state();
            h.kernel.shellKill(stop.pid(), Signals.SIGKILL);
        });
        assertEquals(RunEnd.Reason.ALL_EXITED, h.runOk().reason());
        assertEquals(new ExitStatus(false, 0, Signals.SIGTERM, false), term.task.group().exitStatus().orElseThrow());
        assertEquals(new ExitStatus(false, 0, Signals.SIGQUIT, true), core.task.group().exitStatus().orElseThrow());
        assertEquals(0x83, core.task.group().exitStatus().orElseThrow().waitStatus());
        assertEquals(new ExitStatus(true, 3, 0, false), ign.task.group().exitStatus().orElseThrow());
        assertEquals(TaskState.STOPPED, stopped[0]);
        assertEquals(TaskState.INTERRUPTIBLE, stopped[1]);
        assertEquals(new ExitStatus(false, 0, Signals.SIGKILL, false), stop.task.group().exitStatus().orElseThrow());
        assertEquals(1, h.events(TraceEvent.Stopped.class).size());
    }

    @Test
    void shellKill_siPidZero() {
        KernelHarness h = new KernelHarness();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", SaFlags.SA_SIGINFO, SigSet.EMPTY, s -> { });
            self.pause();
            self.exitGroup(0);
        });
        h.at(MS, () -> assertEquals(0, h.kernel.shellKill(p.pid(), SIGUSR1)));
        h.runOk();
        var info = h.frames.requests.get(0).info();
        assertEquals(0, info.pid());
        assertEquals(0, info.uid());
        assertEquals(SiCodes.SI_USER, info.code());
        assertEquals(List.of(new TraceArg.Field("si_signo", new TraceArg.Signal(SIGUSR1)),
                new TraceArg.Field("si_code", new TraceArg.Sym("SI_USER")),
                new TraceArg.Field("si_pid", new TraceArg.Num(0)),
                new TraceArg.Field("si_uid", new TraceArg.Num(0))),
                h.events(TraceEvent.SignalDelivered.class).get(0).siginfo().fields());
    }

    @Test
    void kill_fromOtherProcess_carriesSenderPidAndUid() {
        KernelHarness h = new KernelHarness();
        var rx = h.spawn("rx", 1000, self -> {
            self.sigaction(SIGUSR1, "h", SaFlags.SA_SIGINFO, SigSet.EMPTY, s -> { });
            self.pause();
            self.exitGroup(0);
        });
        long[] r = new long[2];
        h.spawn("tx", 1000, self -> {
            r[0] = self.kill(rx.pid(), SIGUSR1);
            r[1] = self.kill(99, SIGUSR1);
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(0, r[0]);
        assertEquals(-3, r[1]);
        var info = h.frames.requests.get(0).info();
        assertEquals(3, info.pid());
        assertEquals(1000, info.uid());
    }

    @Test
    void kill_otherUser_returnsEperm() {
        KernelHarness h = new KernelHarness();
        var rx = h.spawn("rx", 1000, self -> self.pause());
        long[] r = new long[1];
        h.spawn("tx", 1001, self -> {
            r[0] = self.kill(rx.pid(), Signals.SIGTERM);
            self.exitGroup(0);
        });
        h.at(MS, () -> h.kernel.shellKill(rx.pid(), Signals.SIGKILL));
        h.runOk();
        assertEquals(-1, r[0]);
        assertEquals(Signals.SIGKILL, rx.task.group().exitStatus().orElseThrow().signo());
    }

    @Test
    void forceSigFault_whileBlocked_kills() {
        KernelHarness h = new KernelHarness();
        List<Integer> seen = new ArrayList<>();
        var p = h.spawn("main", self -> {
            self.sigaction(Signals.SIGSEGV, "segv", 0, SigSet.EMPTY, seen::add);
            self.sigprocmask(dev.sigscript.kernel.abi.SigHow.SIG_BLOCK, SigSet.of(Signals.SIGSEGV));
            h.kernel.userFault(self.task, new dev.sigscript.cpu.StepResult.Fault(
                    new dev.sigscript.cpu.memory.MemoryFault(0x10, dev.sigscript.cpu.memory.Access.READ, false)));
            throw new AssertionError("a blocked fault signal must kill");
        });
        h.runOk();
        assertTrue(seen.isEmpty());
        assertEquals(new ExitStatus(false, 0, Signals.SIGSEGV, true), p.task.group().exitStatus().orElseThrow());
    }
}
