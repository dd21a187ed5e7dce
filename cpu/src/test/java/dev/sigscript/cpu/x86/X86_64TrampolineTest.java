package dev.sigscript.cpu.x86;

import static dev.sigscript.cpu.x86.X86TestMachine.CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.cpu.StepResult;
import org.junit.jupiter.api.Test;

/** One test per x86-64 trampoline the signal code relies on (CONVENTIONS.md's table). */
class X86_64TrampolineTest {

    @Test
    void glibcRestoreRt_executesToRtSigreturnWithRcxAndR11Set() {
        // __restore_rt:  48 c7 c0 0f 00 00 00    mov $15,%rax
        //                0f 05                   syscall
        X86TestMachine m = new X86TestMachine(0x48, 0xc7, 0xc0, 0x0f, 0, 0, 0, 0x0f, 0x05);
        m.regs.set(X86_64Reg.EFLAGS, 0x246);
        X86_64Regs before = m.regs.copy();
        assertEquals(new StepResult.Syscall(15), m.run(3));
        X86_64Regs expected = before.copy();
        expected.rax(15);
        expected.set(X86_64Reg.RCX, CODE + 9); // address of the next instruction
        expected.set(X86_64Reg.R11, 0x246); // rflags
        expected.rip(CODE + 9);
        assertEquals(expected, m.regs);
        assertEquals(X86_64Cpu.SyscallGate.SYSCALL, X86_64Cpu.syscallGate(m.memory, m.regs.rip()).orElseThrow());
    }

    @Test
    void exitStub_movesStatusToRdiAndCallsExitGroup() {
        // 48 89 c7          mov %rax,%rdi
        // b8 e7 00 00 00    mov $231,%eax      (exit_group)
        // 0f 05             syscall
        X86TestMachine m = new X86TestMachine(0x48, 0x89, 0xc7, 0xb8, 0xe7, 0, 0, 0, 0x0f, 0x05);
        m.regs.rax(0xffff_ffff_0000_0003L);
        assertEquals(new StepResult.Syscall(231), m.run(4));
        assertEquals(0xffff_ffff_0000_0003L, m.regs.get(X86_64Reg.RDI));
        assertEquals(231, m.regs.rax());
        assertEquals(CODE + 10, m.regs.get(X86_64Reg.RCX));
    }
}
