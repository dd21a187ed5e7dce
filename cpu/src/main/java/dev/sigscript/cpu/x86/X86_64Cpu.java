package dev.sigscript.cpu.x86;

import dev.sigscript.cpu.Cpu;
import dev.sigscript.cpu.Regs;
import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.MemoryFaultException;

/**
 * The x86-64 CPU: fetch (PROT_EXEC) and decode with {@link X86Decoder}, execute with
 * {@link X86Executor}. A fault while fetching or executing comes back as
 * {@link StepResult.Fault} with RIP and every register unchanged.
 */
public final class X86_64Cpu implements Cpu {

    /** How a system call was entered; the kernel picks the syscall table from it. */
    public enum SyscallGate {
        /** {@code syscall} (0f 05): the 64-bit table. */
        SYSCALL,
        /** {@code int $0x80} (cd 80): the i386 compat table (arch/x86/entry/entry_64_compat.S). */
        INT80
    }

    @Override
    public StepResult step(Regs regs, Memory memory) {
        X86_64Regs x86 = (X86_64Regs) regs;
        long pc = x86.rip();
        try {
            X86Insn insn = X86Decoder.decode(memory, pc);
            return X86Executor.execute(insn, x86, memory);
        } catch (MemoryFaultException e) {
            return new StepResult.Fault(e.fault());
        }
    }

    /**
     * {@return which instruction entered the kernel, for a {@link StepResult.Syscall} whose
     * registers now have RIP = {@code pcAfter}}: both are two bytes long, so the kernel looks
     * at the bytes before it, as it could from the entry point. Empty when those bytes are not
     * readable or are neither encoding.}
     */
    public static java.util.Optional<SyscallGate> syscallGate(Memory memory, long pcAfter) {
        try {
            int b0 = memory.fetch8(pcAfter - 2);
            int b1 = memory.fetch8(pcAfter - 1);
            if (b0 == 0x0f && b1 == 0x05) {
                return java.util.Optional.of(SyscallGate.SYSCALL);
            }
            if (b0 == 0xcd && b1 == 0x80) {
                return java.util.Optional.of(SyscallGate.INT80);
            }
        } catch (MemoryFaultException e) {
            // not readable: unknown
        }
        return java.util.Optional.empty();
    }
}
