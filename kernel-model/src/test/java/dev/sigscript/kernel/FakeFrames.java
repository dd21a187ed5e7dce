package dev.sigscript.kernel;

import dev.sigscript.cpu.Regs;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.arch.SignalFrames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal SignalFrames for kernel tests: pushes pretcode below the red zone like
 * x64_setup_rt_frame() and keeps the saved registers and mask in Java, keyed by frame address.
 * It records every request so tests can see the siginfo and saved mask of each delivery.
 */
final class FakeFrames implements SignalFrames {
    private record Saved(X86_64Regs regs, FrameRequest request) {}

    final List<FrameRequest> requests = new ArrayList<>();
    private final Map<Long, Saved> saved = new HashMap<>();

    @Override
    public FrameResult setupRtFrame(Regs regs, Memory memory, FrameRequest request) {
        X86_64Regs x = (X86_64Regs) regs;
        long sp = ((x.rsp() - 128 - 1024) & ~15L) - 8;
        try {
            memory.write64(sp, request.restorer());
        } catch (MemoryFaultException e) {
            return new FrameResult.Failed(e.fault(), "cannot write the frame");
        }
        requests.add(request);
        saved.put(sp, new Saved(x.copy(), request));
        x.rip(request.handler());
        x.rsp(sp);
        x.arg(0, request.signo());
        x.rax(0);
        return new FrameResult.Built(sp, 1024, sp + 8, sp + 136);
    }

    @Override
    public SigreturnResult rtSigreturn(Regs regs, Memory memory) {
        X86_64Regs x = (X86_64Regs) regs;
        Saved s = saved.remove(x.rsp() - 8);
        if (s == null) {
            return new SigreturnResult.BadFrame("no frame at rsp - 8");
        }
        x.copyFrom(s.regs());
        x.origSyscallNr(-1);
        return new SigreturnResult.Restored(s.request().savedMask(), s.request().altStack(), x.rsp());
    }
}
