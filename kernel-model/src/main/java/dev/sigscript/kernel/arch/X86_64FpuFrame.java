package dev.sigscript.kernel.arch;

import static dev.sigscript.cpu.layout.X86_64Layouts.FPSTATE_64;
import static dev.sigscript.cpu.layout.X86_64Layouts.FP_XSTATE_MAGIC1;
import static dev.sigscript.cpu.layout.X86_64Layouts.FP_XSTATE_MAGIC2;
import static dev.sigscript.cpu.layout.X86_64Layouts.FP_XSTATE_MAGIC2_SIZE;
import static dev.sigscript.cpu.layout.X86_64Layouts.XSTATE_AVX;

import dev.sigscript.cpu.memory.Memory;

/**
 * The FPU part of the x86-64 signal frame, for a modelled AVX CPU with XSAVE: user_size 832
 * (x87 + SSE legacy area 512, xsave header 64, YMM upper halves 256), user_xfeatures 0x7.
 * We do not model FPU registers: every frame carries the state of a task that has not touched
 * the FPU (FCW 0x37f, MXCSR 0x1f80), which is what fpu__clear_user_states() leaves for the
 * handler anyway.
 */
public final class X86_64FpuFrame {
    private X86_64FpuFrame() {}

    /** fpstate->user_size of the modelled CPU: sizeof(struct _xstate) with AVX. */
    public static final int XSTATE_USER_SIZE = XSTATE_AVX.size();
    /** fpstate->user_xfeatures: XFEATURE_MASK_FP | XFEATURE_MASK_SSE | XFEATURE_MASK_YMM. */
    public static final long USER_XFEATURES = 0x7;
    /** XFEATURE_MASK_FPSSE, which save_xstate_epilog() always sets in the header. */
    public static final long XFEATURE_MASK_FPSSE = 0x3;
    /** Initial x87 control word and MXCSR, arch/x86/kernel/fpu/core.c:fpstate_init_fxstate(). */
    public static final int FCW_DEFAULT = 0x37f;
    public static final int MXCSR_DEFAULT = 0x1f80;
    /** The MXCSR_MASK fxsave stores on SSE2-era and later CPUs (machine-dependent; 0xffff is common). */
    public static final int MXCSR_MASK = 0xffff;

    /** Mirrors arch/x86/kernel/fpu/xstate.h:xstate_sigframe_size(): user_size + FP_XSTATE_MAGIC2_SIZE. */
    public static int xstateSigframeSize() {
        return XSTATE_USER_SIZE + FP_XSTATE_MAGIC2_SIZE;
    }

    /**
     * Mirrors arch/x86/kernel/fpu/signal.c:fpu__alloc_mathframe() (Linux 6.x) for a 64-bit
     * frame: {@code round_down(sp - xstate_sigframe_size(), 64)}, which is also buf_fx.
     */
    public static long allocMathframe(long sp) {
        return (sp - xstateSigframeSize()) & ~63L;
    }

    /**
     * Mirrors arch/x86/kernel/fpu/signal.c:copy_fpstate_to_sigframe() and save_xstate_epilog():
     * the xsave image, then sw_reserved (magic1, extended_size, xfeatures, xstate_size),
     * header.xfeatures |= FPSSE and FP_XSTATE_MAGIC2 right after the xstate. Divergence: the
     * kernel leaves bytes that XSAVE does not write (reserved2, init-state components) as they
     * were on the stack; we zero them so frames are reproducible.
     *
     * @throws dev.sigscript.cpu.memory.MemoryFaultException if the area is not writable
     */
    public static void copyFpstateToSigframe(Memory memory, long bufFx) {
        byte[] area = new byte[xstateSigframeSize()];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(area).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putShort(FPSTATE_64.offsetOf("cwd"), (short) FCW_DEFAULT);
        b.putInt(FPSTATE_64.offsetOf("mxcsr"), MXCSR_DEFAULT);
        b.putInt(FPSTATE_64.offsetOf("mxcsr_mask"), MXCSR_MASK);
        b.putInt(FPSTATE_64.offsetOf("sw_reserved.magic1"), FP_XSTATE_MAGIC1);
        b.putInt(FPSTATE_64.offsetOf("sw_reserved.extended_size"), xstateSigframeSize());
        b.putLong(FPSTATE_64.offsetOf("sw_reserved.xfeatures"), USER_XFEATURES);
        b.putInt(FPSTATE_64.offsetOf("sw_reserved.xstate_size"), XSTATE_USER_SIZE);
        b.putLong(XSTATE_AVX.offsetOf("xstate_hdr.xfeatures"), XFEATURE_MASK_FPSSE);
        b.putInt(XSTATE_USER_SIZE, FP_XSTATE_MAGIC2);
        memory.write(bufFx, area);
    }

    /**
     * Mirrors the reads of arch/x86/kernel/fpu/signal.c:__fpu_restore_sig() (Linux 6.x): the
     * legacy area, and when sw_reserved carries FP_XSTATE_MAGIC1 with a plausible size, the
     * whole extended area up to and including FP_XSTATE_MAGIC2 (check_xstate_in_sigframe();
     * a bad magic falls back to the fxsave image alone, which is not an error).
     *
     * @return null when restorable, else why not (the caller reports a bad frame)
     */
    public static String checkRestorable(Memory memory, long buf) {
        if (buf == 0) {
            return null; // no FPU state: fpu__restore_sig() clears the FPU state
        }
        if ((buf & 63) != 0) {
            return "fpstate 0x" + Long.toHexString(buf) + " is not 64-byte aligned (XRSTOR #GP)";
        }
        if (memory.check(buf, FPSTATE_64.size(), dev.sigscript.cpu.memory.Access.READ) != null) {
            return "fpstate 0x" + Long.toHexString(buf) + " is not readable";
        }
        int magic1 = memory.read32(buf + FPSTATE_64.offsetOf("sw_reserved.magic1"));
        int xstateSize = memory.read32(buf + FPSTATE_64.offsetOf("sw_reserved.xstate_size"));
        int extended = memory.read32(buf + FPSTATE_64.offsetOf("sw_reserved.extended_size"));
        if (magic1 != FP_XSTATE_MAGIC1 || xstateSize < FPSTATE_64.size() + 64 || xstateSize > XSTATE_USER_SIZE
                || xstateSize > extended) {
            return null; // fx_only: restore the legacy area
        }
        if (memory.check(buf + xstateSize, FP_XSTATE_MAGIC2_SIZE, dev.sigscript.cpu.memory.Access.READ) != null) {
            return "fpstate magic2 at 0x" + Long.toHexString(buf + xstateSize) + " is not readable";
        }
        return null; // a missing magic2 also means fx_only in the kernel
    }
}
