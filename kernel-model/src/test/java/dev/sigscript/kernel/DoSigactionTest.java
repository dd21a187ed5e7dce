package dev.sigscript.kernel;

import static dev.sigscript.kernel.abi.Signals.SIGKILL;
import static dev.sigscript.kernel.abi.Signals.SIGSTOP;
import static dev.sigscript.kernel.abi.Signals.SIGUSR1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SigHow;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.List;
import org.junit.jupiter.api.Test;

/** do_sigaction() and sigprocmask() rules. */
class DoSigactionTest {

    @Test
    void doSigaction_sigkill_returnsEinval() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[2];
        h.spawn("main", self -> {
            r[0] = self.sigaction(SIGKILL, "h", 0, SigSet.EMPTY, s -> { });
            // Any new action on SIGKILL, even SIG_DFL (sig_kernel_only with act != NULL).
            r[1] = self.sigactionRaw(SIGKILL, Signals.SIG_DFL, 0, SigSet.EMPTY);
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(Errno.EINVAL.neg(), r[0]);
        assertEquals(Errno.EINVAL.neg(), r[1]);
    }

    @Test
    void doSigaction_sigstopIgnore_returnsEinval() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[1];
        h.spawn("main", self -> {
            r[0] = self.sigactionRaw(SIGSTOP, Signals.SIG_IGN, 0, SigSet.EMPTY);
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(Errno.EINVAL.neg(), r[0]);
        assertEquals(List.of(new TraceArg.Signal(SIGSTOP)), h.syscalls("rt_sigaction").get(0).args().subList(0, 1));
    }

    @Test
    void doSigaction_settingSigIgn_flushesPending() {
        KernelHarness h = new KernelHarness();
        SigSet[] pending = new SigSet[2];
        h.spawn("main", self -> {
            self.sigprocmask(SigHow.SIG_BLOCK, SigSet.of(SIGUSR1));
            self.kill(self.pid(), SIGUSR1);
            pending[0] = self.sigpending();
            self.sigactionRaw(SIGUSR1, Signals.SIG_IGN, 0, SigSet.EMPTY);
            pending[1] = self.sigpending();
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(SigSet.of(SIGUSR1), pending[0]);
        assertEquals(SigSet.EMPTY, pending[1]);
    }

    @Test
    void doSigaction_saMask_dropsSigkillAndSigstop() {
        KernelHarness h = new KernelHarness();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR1, "h", 0, SigSet.of(SIGKILL, SIGSTOP, Signals.SIGUSR2), s -> { });
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(SigSet.of(Signals.SIGUSR2), p.task.group().sighand().action(SIGUSR1).mask());
    }

    @Test
    void sigprocmask_cannotBlockSigkill() {
        KernelHarness h = new KernelHarness();
        SigSet[] mask = new SigSet[1];
        h.spawn("main", self -> {
            self.sigprocmask(SigHow.SIG_SETMASK, SigSet.FULL);
            self.sigprocmask(SigHow.SIG_SETMASK, SigSet.EMPTY);
            mask[0] = self.oldMask();
            self.exitGroup(0);
        });
        h.runOk();
        assertFalse(mask[0].contains(SIGKILL));
        assertFalse(mask[0].contains(SIGSTOP));
        assertTrue(mask[0].contains(SIGUSR1));
        assertEquals(62, mask[0].size());
    }

    @Test
    void sigprocmask_badHow_returnsEinval() {
        KernelHarness h = new KernelHarness();
        long[] r = new long[1];
        h.spawn("main", self -> {
            r[0] = self.sigprocmask(7, SigSet.of(SIGUSR1));
            self.exitGroup(0);
        });
        h.runOk();
        assertEquals(Errno.EINVAL.neg(), r[0]);
    }
}
