package dev.sigscript.cpu.x86;

import static dev.sigscript.cpu.x86.X86TestMachine.CODE;
import static dev.sigscript.cpu.x86.X86TestMachine.STACK_TOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.Access;
import dev.sigscript.cpu.memory.MemoryFault;
import dev.sigscript.cpu.memory.Prot;
import org.junit.jupiter.api.Test;

/**
 * Instruction tests in blink/rvemu style: bytes with their assembly, then the registers that
 * must differ from the defaults afterwards. Every other register must be unchanged.
 */
class X86_64CpuTest {

    /** Runs one instruction and asserts exactly the listed register changes (pairs reg, value). */
    private static X86TestMachine stepExpecting(int[] code, Object... changes) {
        X86TestMachine m = new X86TestMachine(code);
        X86_64Regs before = m.regs.copy();
        assertEquals(StepResult.CONTINUE, m.step());
        X86_64Regs expected = before.copy();
        expected.rip(CODE + code.length);
        for (int i = 0; i < changes.length; i += 2) {
            expected.set((X86_64Reg) changes[i], ((Number) changes[i + 1]).longValue());
        }
        assertEquals(expected, m.regs);
        return m;
    }

    @Test
    void movImm_rexWc7_signExtends() {
        // 48 c7 c0 ff ff ff ff    mov $-1,%rax
        stepExpecting(new int[] {0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff}, X86_64Reg.RAX, -1L);
        // 49 c7 c7 0f 00 00 00    mov $15,%r15
        stepExpecting(new int[] {0x49, 0xc7, 0xc7, 0x0f, 0, 0, 0}, X86_64Reg.R15, 15L);
    }

    @Test
    void movImm_b8_zeroExtendsThe32BitValue() {
        X86TestMachine m = new X86TestMachine(0xb8, 0xff, 0xff, 0xff, 0xff); // mov $0xffffffff,%eax
        m.regs.rax(0x1234_5678_9abc_def0L);
        m.step();
        assertEquals(0xffffffffL, m.regs.rax());
        // 41 b8 e7 00 00 00    mov $231,%r8d
        stepExpecting(new int[] {0x41, 0xb8, 0xe7, 0, 0, 0}, X86_64Reg.R8, 231L);
        // 48 b8 88 77 66 55 44 33 22 11    movabs $0x1122334455667788,%rax
        stepExpecting(new int[] {0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11}, X86_64Reg.RAX,
                0x1122334455667788L);
    }

    @Test
    void movReg_89And8b_copyRegisters() {
        X86TestMachine m = new X86TestMachine(0x48, 0x89, 0xc7); // mov %rax,%rdi
        m.regs.rax(0xdead_beef_cafeL);
        m.step();
        assertEquals(0xdead_beef_cafeL, m.regs.get(X86_64Reg.RDI));
        m = new X86TestMachine(0x4c, 0x8b, 0xc3); // mov %rbx,%r8
        m.regs.set(X86_64Reg.RBX, -5);
        m.step();
        assertEquals(-5, m.regs.get(X86_64Reg.R8));
        m = new X86TestMachine(0x89, 0xc7); // mov %eax,%edi (zero-extends)
        m.regs.rax(-1);
        m.step();
        assertEquals(0xffffffffL, m.regs.get(X86_64Reg.RDI));
    }

    @Test
    void xor32_clearsRegisterAndSetsZfPf() {
        // 31 c0    xor %eax,%eax: rax = 0, ZF and PF set, CF/OF/SF clear
        X86TestMachine m = new X86TestMachine(0x31, 0xc0);
        m.regs.rax(0x1234_5678_9abc_def0L);
        m.regs.set(X86_64Reg.EFLAGS, 0x202 | 0x1 | 0x800 | 0x80);
        m.step();
        assertEquals(0, m.regs.rax());
        assertEquals(0x202 | 0x40 | 0x4, m.regs.get(X86_64Reg.EFLAGS));
        assertEquals(CODE + 2, m.regs.rip());
    }

    @Test
    void pushPop_withRexB_moveThroughTheStack() {
        // 41 57    push %r15 ; 5b    pop %rbx
        X86TestMachine m = new X86TestMachine(0x41, 0x57, 0x5b);
        m.regs.set(X86_64Reg.R15, 0x42);
        long sp = m.regs.rsp();
        m.step();
        assertEquals(sp - 8, m.regs.rsp());
        assertEquals(0x42, m.memory.read64(sp - 8));
        m.step();
        assertEquals(sp, m.regs.rsp());
        assertEquals(0x42, m.regs.get(X86_64Reg.RBX));
    }

    @Test
    void callAndRet_pushAndPopTheReturnAddress() {
        // 0: e8 02 00 00 00    call 7 ; 5: cc  int3 ; 6: 90 nop ; 7: c3    ret
        X86TestMachine m = new X86TestMachine(0xe8, 0x02, 0, 0, 0, 0xcc, 0x90, 0xc3);
        m.step();
        assertEquals(CODE + 7, m.regs.rip());
        assertEquals(CODE + 5, m.memory.read64(m.regs.rsp()));
        m.step();
        assertEquals(CODE + 5, m.regs.rip());
        assertEquals(new StepResult.Breakpoint(CODE + 5), m.step());
        assertEquals(CODE + 6, m.regs.rip());
    }

    @Test
    void jmp_rel8AndRel32_areRelativeToTheNextInstruction() {
        // 0: eb 03    jmp 5 ; 2: 90 90 90 ; 5: e9 f6 ff ff ff    jmp 0
        X86TestMachine m = new X86TestMachine(0xeb, 0x03, 0x90, 0x90, 0x90, 0xe9, 0xf6, 0xff, 0xff, 0xff);
        m.step();
        assertEquals(CODE + 5, m.regs.rip());
        m.step();
        assertEquals(CODE, m.regs.rip());
    }

    @Test
    void ret_unreadableStack_faultsWithRipUnchanged() {
        X86TestMachine m = new X86TestMachine(0xc3); // ret
        m.regs.rsp(0x1000);
        X86_64Regs before = m.regs.copy();
        assertEquals(new StepResult.Fault(new MemoryFault(0x1000, Access.READ, false)), m.step());
        assertEquals(before, m.regs);
    }

    @Test
    void push_readOnlyStack_faultsWithAccErrAndNothingChanged() {
        X86TestMachine m = new X86TestMachine(0x50); // push %rax
        m.memory.protect(STACK_TOP - 4096, 4096, Prot.PROT_READ);
        X86_64Regs before = m.regs.copy();
        StepResult r = m.step();
        assertEquals(new StepResult.Fault(new MemoryFault(before.rsp() - 8, Access.WRITE, true)), r);
        assertEquals(before, m.regs);
    }

    @Test
    void fetch_fromNonExecutablePage_faultsOnExecute() {
        X86TestMachine m = new X86TestMachine(0x90);
        m.regs.rip(STACK_TOP - 4096); // rw- page
        assertEquals(new StepResult.Fault(new MemoryFault(STACK_TOP - 4096, Access.EXECUTE, true)), m.step());
        assertEquals(STACK_TOP - 4096, m.regs.rip());
    }

    @Test
    void truncatedInstruction_atEndOfCode_faultsAtTheMissingByte() {
        X86TestMachine m = new X86TestMachine();
        long last = CODE + 4096 - 3;
        m.memory.poke(last, X86TestMachine.bytes(0x48, 0xc7, 0xc0)); // mov $imm32,%rax cut after ModRM
        m.regs.rip(last);
        assertEquals(new StepResult.Fault(new MemoryFault(CODE + 4096, Access.EXECUTE, false)), m.step());
        assertEquals(last, m.regs.rip());
    }

    @Test
    void ud2_isIllegalInstruction_andHltIsGeneralProtection() {
        assertInstanceOf(StepResult.IllegalInstruction.class, new X86TestMachine(0x0f, 0x0b).step()); // ud2
        assertEquals(new StepResult.GeneralProtection(CODE, "hlt is privileged"), new X86TestMachine(0xf4).step());
        assertInstanceOf(StepResult.GeneralProtection.class, new X86TestMachine(0xcd, 0x21).step()); // int $0x21
    }

    @Test
    void unsupportedOpcodeOrMemoryOperand_isIllegalInstructionWithRipUnchanged() {
        X86TestMachine m = new X86TestMachine(0x48, 0x89, 0x07); // mov %rax,(%rdi)
        StepResult r = m.step();
        assertInstanceOf(StepResult.IllegalInstruction.class, r);
        assertEquals(CODE, m.regs.rip());
        assertInstanceOf(StepResult.IllegalInstruction.class, new X86TestMachine(0x0f, 0xa2).step()); // cpuid
        assertInstanceOf(StepResult.IllegalInstruction.class, new X86TestMachine(0xd9, 0xe8).step()); // fld1
    }

    @Test
    void int80_isSyscallWithoutClobberingRcxR11_andGateIsIdentified() {
        X86TestMachine m = new X86TestMachine(0xb8, 0xad, 0, 0, 0, 0xcd, 0x80); // mov $173,%eax; int $0x80
        m.regs.set(X86_64Reg.RCX, 7);
        assertEquals(new StepResult.Syscall(173), m.run(5));
        assertEquals(7, m.regs.get(X86_64Reg.RCX));
        assertEquals(X86_64Cpu.SyscallGate.INT80, X86_64Cpu.syscallGate(m.memory, m.regs.rip()).orElseThrow());
    }
}
