package dev.sigscript.cpu.layout;

import static dev.sigscript.cpu.layout.X86_64Layouts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** sizeof/offsetof of every x86-64 signal struct against the kernel headers' numbers (QEMU 3.2). */
class X86_64LayoutsTest {

    private static void offsets(StructLayout s, Object... pathOffset) {
        for (int i = 0; i < pathOffset.length; i += 2) {
            assertEquals((int) pathOffset[i + 1], s.offsetOf((String) pathOffset[i]), s.name() + "." + pathOffset[i]);
        }
    }

    @Test
    void siginfo_is128BytesWithUnionAt16() {
        assertEquals(128, SIGINFO.size());
        offsets(SIGINFO, "si_signo", 0, "si_errno", 4, "si_code", 8, "_sifields", 16,
                "_sifields._kill._pid", 16, "_sifields._kill._uid", 20,
                "_sifields._rt._pid", 16, "_sifields._rt._uid", 20, "_sifields._rt._sigval", 24,
                "_sifields._sigchld._pid", 16, "_sifields._sigchld._uid", 20, "_sifields._sigchld._status", 24,
                "_sifields._sigchld._utime", 32, "_sifields._sigchld._stime", 40,
                "_sifields._sigfault._addr", 16,
                "_sifields._timer._tid", 16, "_sifields._timer._overrun", 20, "_sifields._timer._sigval", 24);
    }

    @Test
    void stackT_is24Bytes() {
        assertEquals(24, STACK_T.size());
        offsets(STACK_T, "ss_sp", 0, "ss_flags", 8, "ss_size", 16);
    }

    @Test
    void sigcontext_is256BytesInUapiOrder() {
        assertEquals(256, SIGCONTEXT.size());
        String[] regs = {"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rdi", "rsi", "rbp", "rbx", "rdx",
            "rax", "rcx", "rsp", "rip", "eflags"};
        for (int i = 0; i < regs.length; i++) {
            assertEquals(8 * i, SIGCONTEXT.offsetOf(regs[i]), regs[i]);
        }
        offsets(SIGCONTEXT, "cs", 144, "gs", 146, "fs", 148, "ss", 150, "err", 152, "trapno", 160,
                "oldmask", 168, "cr2", 176, "fpstate", 184, "reserved1", 192);
        assertEquals(2, SIGCONTEXT.sizeOf("ss"));
        assertEquals(64, SIGCONTEXT.sizeOf("reserved1"));
    }

    @Test
    void kernelUcontext_is304Bytes() {
        assertEquals(304, UCONTEXT.size());
        offsets(UCONTEXT, "uc_flags", 0, "uc_link", 8, "uc_stack", 16, "uc_stack.ss_size", 32,
                "uc_mcontext", 40, "uc_mcontext.rip", 168, "uc_mcontext.rsp", 160, "uc_sigmask", 296);
    }

    @Test
    void rtSigframe_is440Bytes() {
        assertEquals(440, RT_SIGFRAME.size());
        offsets(RT_SIGFRAME, "pretcode", 0, "uc", 8, "info", 312, "uc.uc_mcontext.fpstate", 8 + 40 + 184);
    }

    @Test
    void xsaveArea_hasSwBytesAt464HeaderAt512AndAvxAt576() {
        assertEquals(512, FPSTATE_64.size());
        offsets(FPSTATE_64, "cwd", 0, "mxcsr", 24, "mxcsr_mask", 28, "st_space", 32, "xmm_space", 160,
                "sw_reserved", 464, "sw_reserved.magic1", 464, "sw_reserved.extended_size", 468,
                "sw_reserved.xfeatures", 472, "sw_reserved.xstate_size", 480);
        assertEquals(832, XSTATE_AVX.size());
        offsets(XSTATE_AVX, "xstate_hdr", 512, "xstate_hdr.xfeatures", 512, "ymmh", 576);
        assertEquals(0x46505853, FP_XSTATE_MAGIC1);
        assertEquals(0x46505845, FP_XSTATE_MAGIC2);
    }

    @Test
    void kernelSigactionAndTimespec() {
        assertEquals(32, KERNEL_SIGACTION.size());
        offsets(KERNEL_SIGACTION, "sa_handler", 0, "sa_flags", 8, "sa_restorer", 16, "sa_mask", 24);
        assertEquals(16, TIMESPEC.size());
        offsets(TIMESPEC, "tv_sec", 0, "tv_nsec", 8);
    }

    @Test
    void leaves_expandNestedStructsWithPathsAndAbsoluteOffsets() {
        var leaves = RT_SIGFRAME.leaves();
        assertTrue(leaves.contains(Field.of("uc.uc_mcontext.rip", 8 + 40 + 128, 8)));
        assertTrue(leaves.contains(Field.of("uc.uc_stack.ss_flags", 8 + 16 + 8, 4)));
        assertTrue(RT_SIGFRAME.field("uc.nonsense").isEmpty());
        assertTrue(RT_SIGFRAME.field("pretcode.x").isEmpty());
    }
}
