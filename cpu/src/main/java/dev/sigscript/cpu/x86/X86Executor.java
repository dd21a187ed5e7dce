package dev.sigscript.cpu.x86;

import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.MemoryFaultException;

/**
 * Executes one decoded {@link X86Insn} against the registers and memory. An instruction either
 * completes (all its register and memory effects, RIP past it) or faults with nothing changed:
 * memory accesses happen before any register is written, as a precise exception requires.
 */
public final class X86Executor {
    // EFLAGS bits, from arch/x86/include/uapi/asm/processor-flags.h.
    public static final long X86_EFLAGS_CF = 0x0001;
    public static final long X86_EFLAGS_PF = 0x0004;
    public static final long X86_EFLAGS_AF = 0x0010;
    public static final long X86_EFLAGS_ZF = 0x0040;
    public static final long X86_EFLAGS_SF = 0x0080;
    public static final long X86_EFLAGS_TF = 0x0100;
    public static final long X86_EFLAGS_DF = 0x0400;
    public static final long X86_EFLAGS_OF = 0x0800;
    public static final long X86_EFLAGS_RF = 0x10000;
    public static final long X86_EFLAGS_AC = 0x40000;

    private X86Executor() {}

    /**
     * Runs {@code insn}, which was decoded at {@code regs.rip()}.
     *
     * @throws MemoryFaultException if a data access faults; no state has changed then
     */
    public static StepResult execute(X86Insn insn, X86_64Regs regs, Memory memory) {
        long pc = regs.rip();
        long next = pc + insn.length();
        switch (insn) {
            case X86Insn.MovImm(X86_64Reg dst, long value, int len) -> regs.set(dst, value);
            case X86Insn.MovReg(X86_64Reg dst, X86_64Reg src, boolean wide, int len) ->
                    regs.set(dst, wide ? regs.get(src) : regs.get(src) & 0xffffffffL);
            case X86Insn.XorReg(X86_64Reg dst, X86_64Reg src, boolean wide, int len) -> {
                long result = regs.get(dst) ^ regs.get(src);
                if (!wide) {
                    result &= 0xffffffffL;
                }
                regs.set(dst, result);
                setLogicFlags(regs, result, wide);
            }
            case X86Insn.Push(X86_64Reg reg, int len) -> {
                long sp = regs.rsp() - 8;
                memory.write64(sp, regs.get(reg));
                regs.rsp(sp);
            }
            case X86Insn.Pop(X86_64Reg reg, int len) -> {
                long value = memory.read64(regs.rsp());
                regs.rsp(regs.rsp() + 8);
                regs.set(reg, value); // pop %rsp loads the popped value, as on hardware
            }
            case X86Insn.Call(long displacement, int len) -> {
                long sp = regs.rsp() - 8;
                memory.write64(sp, next);
                regs.rsp(sp);
                next += displacement;
            }
            case X86Insn.Jmp(long displacement, int len) -> next += displacement;
            case X86Insn.Ret() -> {
                long target = memory.read64(regs.rsp());
                regs.rsp(regs.rsp() + 8);
                next = target;
            }
            case X86Insn.Nop() -> {
            }
            case X86Insn.Syscall() -> {
                // "SYSCALL ... saves the address of the instruction following SYSCALL into RCX
                // ... and saves RFLAGS into R11" - Intel SDM vol. 2, SYSCALL.
                regs.set(X86_64Reg.RCX, next);
                regs.set(X86_64Reg.R11, regs.get(X86_64Reg.EFLAGS));
                regs.rip(next);
                return new StepResult.Syscall(regs.rax());
            }
            case X86Insn.Int(int vector) -> {
                // Only gates 3 and 0x80 have DPL 3 on Linux (arch/x86/kernel/idt.c); any other
                // vector from user mode is #GP.
                if (vector == 0x80) {
                    regs.rip(next);
                    return new StepResult.Syscall(regs.rax());
                }
                if (vector == 3) {
                    regs.rip(next);
                    return new StepResult.Breakpoint(pc);
                }
                return new StepResult.GeneralProtection(pc, String.format("int $0x%x from user mode", vector));
            }
            case X86Insn.Int3() -> {
                // #BP is a trap: the saved RIP is after the int3.
                regs.rip(next);
                return new StepResult.Breakpoint(pc);
            }
            case X86Insn.Ud2() -> {
                return new StepResult.IllegalInstruction(pc, "ud2");
            }
            case X86Insn.Hlt() -> {
                return new StepResult.GeneralProtection(pc, "hlt is privileged");
            }
            case X86Insn.Undefined(String why, int len) -> {
                return new StepResult.IllegalInstruction(pc, why);
            }
        }
        regs.rip(next);
        return StepResult.CONTINUE;
    }

    /** XOR/AND/OR: CF = OF = 0; SF, ZF, PF from the result; AF undefined (we leave it). */
    private static void setLogicFlags(X86_64Regs regs, long result, boolean wide) {
        long flags = regs.get(X86_64Reg.EFLAGS) & ~(X86_EFLAGS_CF | X86_EFLAGS_OF | X86_EFLAGS_SF | X86_EFLAGS_ZF | X86_EFLAGS_PF);
        if (result == 0) {
            flags |= X86_EFLAGS_ZF;
        }
        if ((wide ? result >>> 63 : (result >>> 31) & 1) != 0) {
            flags |= X86_EFLAGS_SF;
        }
        if ((Integer.bitCount((int) (result & 0xff)) & 1) == 0) {
            flags |= X86_EFLAGS_PF;
        }
        regs.set(X86_64Reg.EFLAGS, flags);
    }
}
