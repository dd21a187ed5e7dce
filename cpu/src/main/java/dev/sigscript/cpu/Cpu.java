package dev.sigscript.cpu;

import dev.sigscript.cpu.memory.Memory;

/**
 * Executes one instruction at the PC: fetch (needs PROT_EXEC), decode, execute. It knows
 * nothing of signals: a syscall or a fault comes back as a {@link StepResult} for the kernel
 * to interpret.
 */
public interface Cpu {
    StepResult step(Regs regs, Memory memory);
}
