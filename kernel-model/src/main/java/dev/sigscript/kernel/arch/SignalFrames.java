package dev.sigscript.kernel.arch;

import dev.sigscript.cpu.Regs;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.SigSet;

/**
 * The architecture hooks of signal delivery: build the frame on the user stack and point the
 * registers at the handler; on (rt_)sigreturn, read it back. Kernel code calls these without
 * knowing the architecture (gVisor's arch.Context, the kernel's arch/*&#47;kernel/signal.c).
 */
public interface SignalFrames {

    /**
     * Mirrors arch/x86/kernel/signal.c:setup_rt_frame() (x64_setup_rt_frame() in
     * arch/x86/kernel/signal_64.c): reserves the frame below the red zone, writes pretcode
     * (the restorer), the ucontext (uc_flags, uc_link, uc_stack, uc_mcontext from the current
     * registers, uc_sigmask = {@code savedMask}), the siginfo and the fpstate area, then sets
     * the handler-entry registers (rip = handler, rsp = frame, rdi = signo, rsi = &info,
     * rdx = &uc, rax = 0).
     *
     * @param regs the interrupted user registers (rewritten on success)
     * @param memory the task's address space
     * @param request what to deliver and how
     * @return the frame's address and layout, or the fault that made it impossible (the caller
     *     then forces SIGSEGV, like signal_setup_done() with a failure)
     */
    FrameResult setupRtFrame(Regs regs, Memory memory, FrameRequest request);

    /**
     * Mirrors arch/x86/kernel/signal_64.c:SYSCALL_DEFINE0(rt_sigreturn): the frame is at
     * {@code rsp - 8} (the handler's {@code ret} popped pretcode); restores the registers from
     * uc_mcontext (with the kernel's fix-ups) and reports the mask and altstack to restore.
     *
     * @return the restored state, or a bad-frame result (the caller forces SIGSEGV)
     */
    SigreturnResult rtSigreturn(Regs regs, Memory memory);

    /** What setupRtFrame needs to know. */
    record FrameRequest(int signo, SigInfo info, long handler, long restorer, long flags, SigSet savedMask,
            AltStack altStack) {}

    /** A sigaltstack(2) setting: ss_sp, ss_flags, ss_size. */
    record AltStack(long sp, int flags, long size) {
        public static final AltStack DISABLED = new AltStack(0, 2 /* SS_DISABLE */, 0);
    }

    /** Outcome of building a frame. */
    sealed interface FrameResult {
        /** The frame was written at {@code frame} (the handler's rsp); {@code size} bytes. */
        record Built(long frame, long size, long infoAddr, long ucAddr) implements FrameResult {}

        /** A write to the user stack faulted (no stack, overflow, unmapped). */
        record Failed(dev.sigscript.cpu.memory.MemoryFault fault, String why) implements FrameResult {}
    }

    /** Outcome of (rt_)sigreturn. */
    sealed interface SigreturnResult {
        /** Registers restored; the kernel sets {@code mask} as the blocked set and restores the altstack. */
        record Restored(SigSet mask, AltStack altStack, long frame) implements SigreturnResult {}

        /** The frame could not be read or failed validation: badframe, SIGSEGV. */
        record BadFrame(String why) implements SigreturnResult {}
    }
}
