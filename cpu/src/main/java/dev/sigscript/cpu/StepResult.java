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

    Continue CONTINUE = new Continue();
}
