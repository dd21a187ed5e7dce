package dev.sigscript.kernel;

import static dev.sigscript.kernel.abi.Signals.SIGINT;
import static dev.sigscript.kernel.abi.Signals.SIGSEGV;
import static dev.sigscript.kernel.abi.Signals.SIGTERM;
import static dev.sigscript.kernel.abi.Signals.SIGUSR1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigHow;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.sched.RunEnd;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queueing rules of kernel/signal.c: legacy_queue, RT FIFO, RLIMIT_SIGPENDING, next_signal, sig_ignored. */
class SignalQueueTest {
    private static final int RT2 = 34; // glibc SIGRTMIN

    @Test
    void legacyQueue_standardSignalAlreadyPending_isDropped() {
        KernelHarness h = new KernelHarness();
        List<Integer> seen = new ArrayList<>();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "on_usr1", 0, SigSet.EMPTY, seen::add);
            self.sigprocmask(SigHow.SIG_BLOCK, SigSet.of(SIGUSR1));
            assertEquals(0, self.kill(self.pid(), SIGUSR1));
            assertEquals(0, self.kill(self.pid(), SIGUSR1));
            assertEquals(1, self.task.group().sharedPending().list().size());
            assertEquals(SigSet.of(SIGUSR1), self.sigpending());
            self.sigprocmask(SigHow.SIG_UNBLOCK, SigSet.of(SIGUSR1));
            self.exitGroup(0);
        });
        assertEquals(RunEnd.Reason.ALL_EXITED, h.runOk().reason());
        assertEquals(List.of(SIGUSR1), seen);
        assertEquals(1, p.task.group().handledCount(SIGUSR1));
        assertEquals(List.of("SIGUSR1 already pending, dropped"), h.kernelSteps("legacy_queue"));
    }

    @Test
    void rtSignals_queueFifoWithValues() {
        KernelHarness h = new KernelHarness();
        h.spawn("main", self -> {
            self.sigaction(RT2, "on_rt", SaFlags.SA_SIGINFO, SigSet.EMPTY, s -> { });
            self.sigprocmask(SigHow.SIG_BLOCK, SigSet.of(RT2));
            for (long v : new long[] {7, 8, 9}) {
                assertEquals(0, self.sigqueue(self.pid(), RT2, v));
            }
            assertEquals(3, self.task.group().sharedPending().list().size());
            self.sigprocmask(SigHow.SIG_UNBLOCK, SigSet.of(RT2));
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(List.of(7L, 8L, 9L), h.frames.requests.stream().map(r -> r.info().value()).toList());
        assertEquals(List.of(SiCodes.SI_QUEUE, SiCodes.SI_QUEUE, SiCodes.SI_QUEUE),
                h.frames.requests.stream().map(r -> r.info().code()).toList());
        TraceArg.Struct first = h.events(TraceEvent.SignalDelivered.class).get(0).siginfo();
        assertTrue(first.fields().contains(new TraceArg.Field("si_int", new TraceArg.Num(7))), first.toString());
        assertEquals(2, h.frames.requests.get(0).info().pid());
    }

    @Test
    void rtQueue_overRlimitSigpending_sigqueueFailsEagain() {
        KernelHarness h = new KernelHarness(KernelConfig.DEFAULT.withRlimitSigpending(3));
        long[] results = new long[5];
        h.spawn("main", self -> {
            self.sigprocmask(SigHow.SIG_BLOCK, SigSet.of(RT2));
            for (int i = 0; i < 4; i++) {
                results[i] = self.sigqueue(self.pid(), RT2, i);
            }
            // kill() (SI_USER) of an RT signal over the limit: "silent loss of information".
            results[4] = self.kill(self.pid(), RT2);
            assertEquals(3, self.task.group().sharedPending().list().size());
            assertTrue(self.sigpending().contains(RT2));
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(List.of(0L, 0L, 0L, Errno.EAGAIN.neg(), 0L), java.util.Arrays.stream(results).boxed().toList());
        assertEquals(Errno.EAGAIN.neg(), h.syscalls("rt_sigqueueinfo").get(3).ret());
    }

    @Test
    void nextSignal_synchronousFirstThenLowest() {
        SigPending p = new SigPending();
        p.sigaddset(SIGUSR1);
        p.sigaddset(SIGTERM);
        p.sigaddset(SIGSEGV);
        p.sigaddset(SIGINT);
        assertEquals(SIGSEGV, Dequeue.nextSignal(p, SigSet.EMPTY));
        assertEquals(SIGINT, Dequeue.nextSignal(p, SigSet.of(SIGSEGV)));
        assertEquals(SIGUSR1, Dequeue.nextSignal(p, SigSet.of(SIGSEGV, SIGINT)));
        assertEquals(0, Dequeue.nextSignal(p, SigSet.of(SIGSEGV, SIGINT, SIGUSR1, SIGTERM)));
    }

    @Test
    void dequeue_lostInfo_isSiUserWithPidZero() {
        KernelHarness h = new KernelHarness();
        var p = h.spawn("main", self -> { });
        Task t = p.task;
        t.group().sharedPending().sigaddset(SIGUSR1);
        Dequeue.Dequeued d = h.kernel.dequeue.dequeueSignal(t, SigSet.EMPTY);
        assertEquals(SigInfo.user(SIGUSR1, SiCodes.SI_USER, 0, 0), d.info());
        assertFalse(t.group().sharedPending().has(SIGUSR1));
    }

    @Test
    void prepareSignal_ignoredUnblocked_isDroppedAtSend() {
        KernelHarness h = new KernelHarness();
        h.spawn("main", self -> {
            self.sigactionRaw(SIGUSR1, Signals.SIG_IGN, 0, SigSet.EMPTY);
            self.kill(self.pid(), SIGUSR1);
            assertFalse(self.task.group().sharedPending().has(SIGUSR1));
            // "Blocked signals are never ignored": blocked, the same send stays pending.
            self.sigprocmask(SigHow.SIG_BLOCK, SigSet.of(SIGUSR1));
            self.kill(self.pid(), SIGUSR1);
            assertEquals(SigSet.of(SIGUSR1), self.sigpending());
            self.exitGroup(0);
        });
        assertEquals(RunEnd.Reason.ALL_EXITED, h.runOk().reason());
        assertEquals(1, h.kernelSteps("sig_ignored").size());
    }
}
