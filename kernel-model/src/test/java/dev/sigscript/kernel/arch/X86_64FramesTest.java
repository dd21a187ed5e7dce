package dev.sigscript.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.Prot;
import dev.sigscript.cpu.x86.X86_64Cpu;
import dev.sigscript.cpu.x86.X86_64Reg;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.arch.SignalFrames.AltStack;
import dev.sigscript.kernel.arch.SignalFrames.FrameRequest;
import dev.sigscript.kernel.arch.SignalFrames.FrameResult;
import dev.sigscript.kernel.arch.SignalFrames.SigreturnResult;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class X86_64FramesTest {
    static final long CODE = 0x400000;
    static final long RESTORER = CODE + 0x100;
    static final long HANDLER = CODE + 0x200;
    static final long STACK_BASE = 0x7ffe0000L;
    static final long STACK_TOP = STACK_BASE + 4 * Memory.PAGE_SIZE;
    static final long ALT = 0x10000000L;
    static final long ALT_SIZE = 4 * Memory.PAGE_SIZE;
    static final long FLAGS = X86_64Frames.SA_SIGINFO | X86_64Frames.SA_RESTORER;
    static final int SIGUSR1 = 10;

    final X86_64Frames frames = new X86_64Frames();
    final Memory memory = new Memory();
    final X86_64Regs regs = new X86_64Regs();

    X86_64FramesTest() {
        memory.map(CODE, Memory.PAGE_SIZE, Prot.RX, "code");
        // __restore_rt: 48 c7 c0 0f 00 00 00    mov $15,%rax ; 0f 05    syscall
        memory.poke(RESTORER, new byte[] {0x48, (byte) 0xc7, (byte) 0xc0, 0x0f, 0, 0, 0, 0x0f, 0x05});
        // handler: c3    ret
        memory.poke(HANDLER, new byte[] {(byte) 0xc3});
        memory.map(STACK_BASE, STACK_TOP - STACK_BASE, Prot.RW, "stack");
        memory.map(ALT, ALT_SIZE, Prot.RW, "altstack");
        long v = 0x1111;
        for (X86_64Reg r : X86_64Reg.values()) {
            regs.set(r, v += 0x1111);
        }
        regs.rip(CODE + 0x10);
        regs.rsp(STACK_TOP - 0x1003); // deliberately unaligned
        regs.set(X86_64Reg.CS, X86_64Regs.USER_CS);
        regs.set(X86_64Reg.SS, X86_64Regs.USER_DS);
        regs.set(X86_64Reg.EFLAGS, 0x246);
        regs.origSyscallNr(-1);
    }

    static FrameRequest request(long flags, AltStack alt) {
        return new FrameRequest(SIGUSR1, SigInfo.queued(SIGUSR1, -1, 1234, 1000, 42), HANDLER, RESTORER, flags,
                SigSet.of(2, 15), alt);
    }

    static long expectedFrame(long sp) {
        long fp = (sp - 836) & ~63L; // 832-byte AVX xstate + FP_XSTATE_MAGIC2
        return ((fp - 440) & ~15L) - 8;
    }

    FrameResult.Built build(long flags, AltStack alt) {
        return assertInstanceOf(FrameResult.Built.class, frames.setupRtFrame(regs, memory, request(flags, alt)));
    }

    @Test
    void setupRtFrame_skipsRedZoneAndAligns16Minus8() {
        long sp = regs.rsp();
        FrameResult.Built b = build(FLAGS, AltStack.DISABLED);
        assertEquals(expectedFrame(sp - 128), b.frame());
        assertEquals(8, b.frame() % 16);
        assertEquals(440, b.size());
        assertEquals(b.frame() + 312, b.infoAddr());
        assertEquals(b.frame() + 8, b.ucAddr());
        assertTrue(b.frame() + 440 <= sp - 128, "frame must stay below the red zone");
    }

    @Test
    void setupRtFrame_setsHandlerEntryRegisters() {
        X86_64Regs before = regs.copy();
        regs.set(X86_64Reg.EFLAGS, 0x246 | 0x400 | 0x100 | 0x10000); // DF, TF, RF
        FrameResult.Built b = build(FLAGS, AltStack.DISABLED);
        X86_64Regs expected = before.copy();
        expected.set(X86_64Reg.RDI, SIGUSR1);
        expected.set(X86_64Reg.RSI, b.infoAddr());
        expected.set(X86_64Reg.RDX, b.ucAddr());
        expected.rax(0);
        expected.rip(HANDLER);
        expected.rsp(b.frame());
        expected.set(X86_64Reg.EFLAGS, 0x246); // handle_signal() cleared DF, RF, TF
        assertEquals(expected, regs);
    }

    @Test
    void setupRtFrame_writesUcontextSiginfoAndXsaveMagic() {
        long sp = regs.rsp();
        long rip = regs.rip();
        FrameResult.Built b = build(FLAGS, AltStack.DISABLED);
        Map<String, Long> f = frames.describeRtFrame(memory, b.frame()).stream()
                .collect(Collectors.toMap(FrameField::name, FrameField::value));
        assertEquals(RESTORER, f.get("pretcode"));
        assertEquals(7L, f.get("uc.uc_flags"));
        assertEquals(0L, f.get("uc.uc_link"));
        assertEquals(2L, f.get("uc.uc_stack.ss_flags"));
        assertEquals(sp, f.get("uc.uc_mcontext.rsp"));
        assertEquals(rip, f.get("uc.uc_mcontext.rip"));
        assertEquals(0x33L, f.get("uc.uc_mcontext.cs"));
        assertEquals(0x2bL, f.get("uc.uc_mcontext.ss"));
        assertEquals(SigSet.of(2, 15).bits(), f.get("uc.uc_sigmask"));
        assertEquals(SigSet.of(2, 15).bits(), f.get("uc.uc_mcontext.oldmask"));
        long fp = f.get("uc.uc_mcontext.fpstate");
        assertEquals(0, fp % 64);
        assertEquals((sp - 128 - 836) & ~63L, fp);
        assertEquals(0x46505853L, f.get("fpstate.sw_reserved.magic1"));
        assertEquals(836L, f.get("fpstate.sw_reserved.extended_size"));
        assertEquals(832L, f.get("fpstate.sw_reserved.xstate_size"));
        assertEquals(7L, f.get("fpstate.sw_reserved.xfeatures"));
        assertEquals(0x46505845L, f.get("fpstate.magic2"));
        assertEquals(0x46505845, memory.read32(fp + 832));
        // SI_QUEUE: the rt member
        assertEquals((long) SIGUSR1, f.get("info.si_signo"));
        assertEquals(0xffffffffL, f.get("info.si_code"));
        assertEquals(1234L, f.get("info.si_pid"));
        assertEquals(1000L, f.get("info.si_uid"));
        assertEquals(42L, f.get("info.si_value"));
    }

    @Test
    void setupRtFrame_siginfoFaultLayout_writesOnlyAddrAndZeroesTheRest() {
        memory.fill(STACK_BASE, (int) (STACK_TOP - STACK_BASE), (byte) 0x5a);
        var req = new FrameRequest(11, SigInfo.fault(11, 1 /* SEGV_MAPERR */, 0xdead000), HANDLER, RESTORER, FLAGS,
                SigSet.EMPTY, AltStack.DISABLED);
        FrameResult.Built b = assertInstanceOf(FrameResult.Built.class, frames.setupRtFrame(regs, memory, req));
        byte[] info = memory.read(b.infoAddr(), 128);
        assertEquals(0xdead000, memory.read64(b.infoAddr() + 16));
        for (int i = 24; i < 128; i++) {
            assertEquals(0, info[i], "byte " + i);
        }
        assertEquals(X86_64Siginfo.Layout.FAULT, X86_64Siginfo.siginfoLayout(11, 1));
        assertEquals(X86_64Siginfo.Layout.KILL, X86_64Siginfo.siginfoLayout(11, 0x80 /* SI_KERNEL */));
        assertEquals(X86_64Siginfo.Layout.CHLD, X86_64Siginfo.siginfoLayout(17, 1 /* CLD_EXITED */));
        assertEquals(X86_64Siginfo.Layout.TIMER, X86_64Siginfo.siginfoLayout(34, -2 /* SI_TIMER */));
    }

    @Test
    void setupRtFrame_withoutSiginfo_leavesInfoUntouched() {
        memory.fill(STACK_BASE, (int) (STACK_TOP - STACK_BASE), (byte) 0x5a);
        FrameResult.Built b = build(X86_64Frames.SA_RESTORER, AltStack.DISABLED);
        assertEquals(0x5a5a5a5a, memory.read32(b.infoAddr()));
    }

    @Test
    void setupRtFrame_withoutRestorer_fails() {
        X86_64Regs before = regs.copy();
        FrameResult r = frames.setupRtFrame(regs, memory, request(X86_64Frames.SA_SIGINFO, AltStack.DISABLED));
        assertInstanceOf(FrameResult.Failed.class, r);
        assertEquals(before, regs);
    }

    @Test
    void setupRtFrame_unmappedStack_failsWithFault() {
        regs.rsp(STACK_BASE + 0x100); // the frame would go below the mapping
        X86_64Regs before = regs.copy();
        FrameResult.Failed f = assertInstanceOf(FrameResult.Failed.class,
                frames.setupRtFrame(regs, memory, request(FLAGS, AltStack.DISABLED)));
        assertTrue(f.fault().address() < STACK_BASE);
        assertEquals(before, regs);
    }

    @Test
    void setupRtFrame_onstack_usesTopOfAltstackAndSavesItsSettings() {
        AltStack alt = new AltStack(ALT, 0, ALT_SIZE);
        FrameResult.Built b = build(FLAGS | X86_64Frames.SA_ONSTACK, alt);
        assertEquals(expectedFrame(ALT + ALT_SIZE), b.frame());
        assertEquals(ALT, memory.read64(b.ucAddr() + 16));
        assertEquals(0, memory.read32(b.ucAddr() + 24)); // stored flags, as Linux 6.x (frame_probe.c)
        assertEquals(ALT_SIZE, memory.read64(b.ucAddr() + 32));
    }

    @Test
    void setupRtFrame_alreadyOnAltstack_nestsBelowCurrentSp() {
        AltStack alt = new AltStack(ALT, 0, ALT_SIZE);
        regs.rsp(ALT + ALT_SIZE - 0x800);
        FrameResult.Built b = build(FLAGS | X86_64Frames.SA_ONSTACK, alt);
        assertEquals(expectedFrame(ALT + ALT_SIZE - 0x800 - 128), b.frame());
    }

    @Test
    void setupRtFrame_altstackOverflow_fails() {
        AltStack alt = new AltStack(ALT, 0, ALT_SIZE);
        regs.rsp(ALT + 0x200); // on the altstack, too close to its bottom
        assertInstanceOf(FrameResult.Failed.class,
                frames.setupRtFrame(regs, memory, request(FLAGS | X86_64Frames.SA_ONSTACK, alt)));
    }

    @Test
    void setupRtFrame_onstackWithoutAltstack_usesNormalStack() {
        long sp = regs.rsp();
        FrameResult.Built b = build(FLAGS | X86_64Frames.SA_ONSTACK, AltStack.DISABLED);
        assertEquals(expectedFrame(sp - 128), b.frame());
    }

    /** Sets up a frame, then does what the handler's ret does: pop pretcode into rip. */
    private FrameResult.Built enterAndReturnFromHandler(X86_64Regs original) {
        FrameResult.Built b = build(FLAGS, AltStack.DISABLED);
        assertEquals(StepResult.CONTINUE, new X86_64Cpu().step(regs, memory)); // handler: ret
        assertEquals(RESTORER, regs.rip());
        assertEquals(b.frame() + 8, regs.rsp());
        assertNotEquals(original, regs);
        return b;
    }

    @Test
    void roundTrip_setupRestorerRtSigreturn_restoresTheOriginalRegisters() {
        X86_64Regs original = regs.copy();
        FrameResult.Built b = enterAndReturnFromHandler(original);
        X86_64Cpu cpu = new X86_64Cpu();
        StepResult r;
        do {
            r = cpu.step(regs, memory);
        } while (r instanceof StepResult.Continue);
        assertEquals(new StepResult.Syscall(15), r);
        regs.origSyscallNr(15); // the syscall entry saves orig_rax
        SigreturnResult.Restored restored = assertInstanceOf(SigreturnResult.Restored.class,
                frames.rtSigreturn(regs, memory));
        assertEquals(b.frame(), restored.frame());
        assertEquals(SigSet.of(2, 15), restored.mask());
        assertEquals(AltStack.DISABLED, restored.altStack());
        assertEquals(original, regs);
    }

    @Test
    void rtSigreturn_restoresRegistersAndMask() {
        X86_64Regs original = regs.copy();
        enterAndReturnFromHandler(original);
        memory.write64(regs.rsp() - 8 + 8 + 296, SigSet.of(9, 10, 19).bits()); // uc_sigmask with SIGKILL, SIGSTOP
        var restored = assertInstanceOf(SigreturnResult.Restored.class, frames.rtSigreturn(regs, memory));
        assertEquals(SigSet.of(10), restored.mask(), "SIGKILL and SIGSTOP can never be blocked");
        assertEquals(original, regs);
    }

    @Test
    void rtSigreturn_changedSavedRip_resumesThere() {
        X86_64Regs original = regs.copy();
        FrameResult.Built b = enterAndReturnFromHandler(original);
        long off = X86_64Frames.ucontextFieldOffset("uc_mcontext.rip").orElseThrow();
        memory.write64(b.ucAddr() + off, CODE + 0x77);
        assertInstanceOf(SigreturnResult.Restored.class, frames.rtSigreturn(regs, memory));
        assertEquals(CODE + 0x77, regs.rip());
        assertEquals(original.rsp(), regs.rsp());
    }

    @Test
    void rtSigreturn_forcesUserSegmentsAndMasksEflags() {
        X86_64Regs original = regs.copy();
        FrameResult.Built b = enterAndReturnFromHandler(original);
        long sc = b.ucAddr() + X86_64Frames.ucontextFieldOffset("uc_mcontext").orElseThrow();
        memory.write16(sc + 144, 0x30); // cs with RPL 0
        memory.write16(sc + 150, 0x28); // ss with RPL 0
        memory.write64(sc + 136, 0xffffffffL); // every flag, including IF and IOPL
        regs.set(X86_64Reg.EFLAGS, 0x202);
        assertInstanceOf(SigreturnResult.Restored.class, frames.rtSigreturn(regs, memory));
        assertEquals(0x33, regs.get(X86_64Reg.CS));
        assertEquals(0x2b, regs.get(X86_64Reg.SS));
        assertEquals(0x202 | X86_64Frames.FIX_EFLAGS, regs.get(X86_64Reg.EFLAGS));
        assertEquals(0x50dd5L, X86_64Frames.FIX_EFLAGS);
        assertEquals(-1, regs.origSyscallNr());
    }

    @Test
    void rtSigreturn_unreadableFrame_isBadFrame() {
        regs.rsp(0x1000);
        assertInstanceOf(SigreturnResult.BadFrame.class, frames.rtSigreturn(regs, memory));
        regs.rsp(-8L); // above TASK_SIZE_MAX
        assertInstanceOf(SigreturnResult.BadFrame.class, frames.rtSigreturn(regs, memory));
    }

    @Test
    void rtSigreturn_unreadableFpstate_isBadFrame() {
        FrameResult.Built b = enterAndReturnFromHandler(regs.copy());
        memory.write64(b.ucAddr() + X86_64Frames.ucontextFieldOffset("uc_mcontext.fpstate").orElseThrow(), 0x1000);
        assertInstanceOf(SigreturnResult.BadFrame.class, frames.rtSigreturn(regs, memory));
    }

    @Test
    void fieldOffsets_forScripts() {
        assertEquals(40 + 128, X86_64Frames.ucontextFieldOffset("uc_mcontext.rip").orElseThrow());
        assertEquals(40 + 120, X86_64Frames.ucontextFieldOffset("uc_mcontext.rsp").orElseThrow());
        assertEquals(296, X86_64Frames.ucontextFieldOffset("uc_sigmask").orElseThrow());
        assertEquals(0, X86_64Frames.ucontextFieldOffset("uc_flags").orElseThrow());
        assertEquals(16, X86_64Frames.ucontextFieldOffset("uc_stack.ss_sp").orElseThrow());
        assertTrue(X86_64Frames.ucontextFieldOffset("uc_mcontext.xyz").isEmpty());
        assertEquals(0, X86_64Frames.siginfoFieldOffset("si_signo").orElseThrow());
        assertEquals(4, X86_64Frames.siginfoFieldOffset("si_errno").orElseThrow());
        assertEquals(8, X86_64Frames.siginfoFieldOffset("si_code").orElseThrow());
        assertEquals(16, X86_64Frames.siginfoFieldOffset("si_pid").orElseThrow());
        assertEquals(20, X86_64Frames.siginfoFieldOffset("si_uid").orElseThrow());
        assertEquals(24, X86_64Frames.siginfoFieldOffset("si_value").orElseThrow());
        assertEquals(24, X86_64Frames.siginfoFieldOffset("si_int").orElseThrow());
        assertEquals(4, X86_64Frames.siginfoField("si_int").orElseThrow().size());
        assertEquals(24, X86_64Frames.siginfoFieldOffset("si_ptr").orElseThrow());
        assertEquals(16, X86_64Frames.siginfoFieldOffset("si_addr").orElseThrow());
        assertEquals(24, X86_64Frames.siginfoFieldOffset("si_status").orElseThrow());
        assertTrue(X86_64Frames.siginfoFieldOffset("si_bogus").isEmpty());
    }

    @Test
    void describeRtFrame_listsFieldsWithAddressesAndMarksUnreadableOnes() {
        FrameResult.Built b = build(FLAGS, AltStack.DISABLED);
        var fields = frames.describeRtFrame(memory, b.frame());
        FrameField rip = fields.stream().filter(f -> f.name().equals("uc.uc_mcontext.rip")).findFirst().orElseThrow();
        assertEquals(b.frame() + 8 + 40 + 128, rip.address());
        assertEquals(8 + 40 + 128, rip.offset());
        assertEquals(8, rip.size());
        var none = frames.describeRtFrame(memory, 0x2000);
        assertTrue(none.stream().noneMatch(FrameField::isReadable));
    }
}
