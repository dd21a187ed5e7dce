package dev.sigscript.cpu.x86;

/**
 * One decoded x86-64 instruction of the subset we execute (blink and rvemu decode into a
 * record, then execute it). Every form knows its length in bytes, so the executor can compute
 * the address of the next instruction. Operands are registers only; memory operands decode to
 * {@link Undefined}.
 */
public sealed interface X86Insn {

    /** {@return the encoded length in bytes, prefixes included} */
    int length();

    /**
     * {@code mov $imm,%reg}: {@code b8+r imm32} (32-bit, zero-extended), {@code REX.W b8+r imm64}
     * (movabs), {@code c7 /0 imm32} (32-bit) and {@code REX.W c7 /0 imm32} (sign-extended).
     *
     * @param value the final 64-bit register value, extension already applied
     */
    record MovImm(X86_64Reg dst, long value, int length) implements X86Insn {}

    /** {@code mov %src,%dst}: {@code 89 /r} or {@code 8b /r} with mod = 11; 32-bit forms zero-extend. */
    record MovReg(X86_64Reg dst, X86_64Reg src, boolean wide, int length) implements X86Insn {}

    /** {@code xor %src,%dst}: {@code 31 /r} or {@code 33 /r} with mod = 11; 32-bit forms zero-extend. */
    record XorReg(X86_64Reg dst, X86_64Reg src, boolean wide, int length) implements X86Insn {}

    /** {@code push %reg}: {@code 50+r}, REX.B selects r8-r15. */
    record Push(X86_64Reg reg, int length) implements X86Insn {}

    /** {@code pop %reg}: {@code 58+r}, REX.B selects r8-r15. */
    record Pop(X86_64Reg reg, int length) implements X86Insn {}

    /** {@code call rel32}: {@code e8 rel32}. */
    record Call(long displacement, int length) implements X86Insn {}

    /** {@code jmp rel32} ({@code e9}) or {@code jmp rel8} ({@code eb}). */
    record Jmp(long displacement, int length) implements X86Insn {}

    /** {@code ret}: {@code c3}. */
    record Ret() implements X86Insn {
        @Override
        public int length() {
            return 1;
        }
    }

    /** {@code nop}: {@code 90}. */
    record Nop() implements X86Insn {
        @Override
        public int length() {
            return 1;
        }
    }

    /** {@code syscall}: {@code 0f 05}. */
    record Syscall() implements X86Insn {
        @Override
        public int length() {
            return 2;
        }
    }

    /** {@code int $vector}: {@code cd ib} ({@code int $0x80} is the i386 system call gate). */
    record Int(int vector) implements X86Insn {
        @Override
        public int length() {
            return 2;
        }
    }

    /** {@code int3}: {@code cc}. */
    record Int3() implements X86Insn {
        @Override
        public int length() {
            return 1;
        }
    }

    /** {@code ud2}: {@code 0f 0b}. */
    record Ud2() implements X86Insn {
        @Override
        public int length() {
            return 2;
        }
    }

    /** {@code hlt}: {@code f4}, privileged. */
    record Hlt() implements X86Insn {
        @Override
        public int length() {
            return 1;
        }
    }

    /** Bytes outside the subset we decode; executing them raises SIGILL-equivalent. */
    record Undefined(String why, int length) implements X86Insn {}
}
