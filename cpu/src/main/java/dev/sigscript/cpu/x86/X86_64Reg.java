package dev.sigscript.cpu.x86;

/**
 * The x86-64 registers in {@code struct pt_regs} order (arch/x86/include/asm/ptrace.h), so
 * {@code ordinal() * 8} is the offset in pt_regs. {@code encoding} is the register number in
 * ModRM/REX encodings (-1 for those that have none).
 */
public enum X86_64Reg {
    R15(15), R14(14), R13(13), R12(12), RBP(5), RBX(3),
    R11(11), R10(10), R9(9), R8(8), RAX(0), RCX(1), RDX(2), RSI(6), RDI(7),
    ORIG_RAX(-1), RIP(-1), CS(-1), EFLAGS(-1), RSP(4), SS(-1);

    private final int encoding;

    X86_64Reg(int encoding) {
        this.encoding = encoding;
    }

    public int encoding() {
        return encoding;
    }

    /** {@return the register with this ModRM/REX number} */
    public static X86_64Reg byEncoding(int number) {
        for (X86_64Reg r : values()) {
            if (r.encoding == number) {
                return r;
            }
        }
        throw new IllegalArgumentException("no register " + number);
    }

    /** {@return the name as strace and gdb print it, lower case} */
    public String lower() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
