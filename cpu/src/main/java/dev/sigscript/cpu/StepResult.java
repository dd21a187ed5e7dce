package dev.sigscript.cpu;

import dev.sigscript.cpu.memory.MemoryFault;

/** What one executed instruction did: the CPU reports, the kernel decides what it means. */
public sealed interface StepResult {

    /** The instruction completed; the PC moved on. */
    record Continue() implements StepResult {}

    /** A system call instruction ({@code syscall}, {@code int $0x80}, {@code svc}); the PC is past it. */
    record Syscall(long number) implements StepResult {}

    /** A memory fault during fetch or execution; the PC still points at the instruction. */
    record Fault(MemoryFault fault) implements StepResult {}

    /** An undefined or unsupported instruction ({@code ud2}, bytes we do not decode): SIGILL. */
    record IllegalInstruction(long address, String why) implements StepResult {}

    /** {@code int3}: SIGTRAP. */
    record Breakpoint(long address) implements StepResult {}

    /**
     * A general-protection exception in user mode that is not a memory fault: a privileged
     * instruction ({@code hlt}) or a software interrupt through a gate user mode may not use
     * ({@code int $n}, n not 3 or 0x80). The PC still points at the instruction. Linux's
     * arch/x86/kernel/traps.c:exc_general_protection() sends SIGSEGV with si_code SI_KERNEL
     * and si_addr 0; the kernel model decides that, not the CPU.
     */
    record GeneralProtection(long address, String why) implements StepResult {}

    Continue CONTINUE = new Continue();
}
