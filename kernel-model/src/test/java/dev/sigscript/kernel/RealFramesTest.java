package dev.sigscript.kernel;

import static dev.sigscript.kernel.abi.Signals.SIGUSR1;
import static dev.sigscript.kernel.abi.Signals.SIGUSR2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.arch.X86_64Frames;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signal core with the real x86-64 frames: registers survive handler round trips. */
class RealFramesTest {

    @Test
    void pause_interrupted_withRealFrames_returnsEintrAndRestoresRsp() {
        KernelHarness h = new KernelHarness(new X86_64Frames());
        long[] r = new long[2];
        List<String> order = new ArrayList<>();
        var p = h.spawn("main", self -> {
            self.sigaction(SIGUSR2, "b", SaFlags.SA_SIGINFO, SigSet.EMPTY, s -> order.add("usr2"));
            self.sigaction(SIGUSR1, "a", SaFlags.SA_SIGINFO, SigSet.EMPTY, s -> order.add("usr1"));
            long rsp = self.task.regs().rsp();
            r[0] = self.pause();
            r[1] = self.task.regs().rsp() - rsp;
            self.exitGroup(0);
        });
        h.at(1_000_000L, () -> {
            h.kernel.shellKill(p.pid(), SIGUSR2);
            h.kernel.shellKill(p.pid(), SIGUSR1);
        });
        h.runOk();
        assertEquals(Errno.EINTR.neg(), r[0]);
        assertEquals(0, r[1]);
        assertEquals(List.of("usr2", "usr1"), order);
        assertEquals(2, h.events(TraceEvent.HandlerEntered.class).size());
        assertEquals(List.of(0L, Errno.EINTR.neg()),
                h.syscalls("rt_sigreturn").stream().map(TraceEvent.Syscall::ret).toList());
    }
}
