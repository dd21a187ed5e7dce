package dev.sigscript.cpu.x86;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.MemoryFaultException;

/**
 * Decodes one x86-64 instruction of our subset at an address. Every byte is fetched with
 * {@link Memory#fetch8}, which needs PROT_EXEC: an instruction running off the end of the
 * mapped code faults at the first missing byte, as on hardware. Encodings follow the Intel SDM
 * volume 2 opcode tables; {@code cpu/src/test/c/x86_64_insns.s} checks them against gas.
 *
 * <p>Supported: an optional REX prefix ({@code 40}-{@code 4f}), then {@code 90}, {@code 50+r},
 * {@code 58+r}, {@code b8+r}, {@code c7 /0}, {@code 89 /r}, {@code 8b /r}, {@code 31 /r},
 * {@code 33 /r} (register forms), {@code e8}, {@code e9}, {@code eb}, {@code c3}, {@code cc},
 * {@code cd ib}, {@code f4}, {@code 0f 05}, {@code 0f 0b}. Anything else is
 * {@link X86Insn.Undefined}.
 */
public final class X86Decoder {
    private static final int REX_W = 0x8;
    private static final int REX_R = 0x4;
    private static final int REX_B = 0x1;

    private final Memory memory;
    private final long start;
    private int pos;

    private X86Decoder(Memory memory, long start) {
        this.memory = memory;
        this.start = start;
    }

    /**
     * Decodes the instruction at {@code pc}.
     *
     * @throws MemoryFaultException if a byte of the instruction cannot be fetched (unmapped or
     *     not PROT_EXEC); the CPU turns it into a fault result
     */
    public static X86Insn decode(Memory memory, long pc) {
        return new X86Decoder(memory, pc).decode();
    }

    private int next() {
        return memory.fetch8(start + pos++);
    }

    private long imm32() {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (long) next() << (8 * i);
        }
        return (int) v; // sign-extend from 32 bits
    }

    private long imm64() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) next() << (8 * i);
        }
        return v;
    }

    private X86Insn decode() {
        int b = next();
        int rex = 0;
        if ((b & 0xf0) == 0x40) {
            rex = b & 0xf;
            b = next();
        }
        boolean wide = (rex & REX_W) != 0;
        int low = b & 7;
        X86_64Reg opReg = X86_64Reg.byEncoding(low | ((rex & REX_B) != 0 ? 8 : 0));
        if (b >= 0x50 && b <= 0x57) {
            return new X86Insn.Push(opReg, pos);
        }
        if (b >= 0x58 && b <= 0x5f) {
            return new X86Insn.Pop(opReg, pos);
        }
        if (b >= 0xb8 && b <= 0xbf) {
            long value = wide ? imm64() : imm32() & 0xffffffffL;
            return new X86Insn.MovImm(opReg, value, pos);
        }
        return switch (b) {
            case 0x90 -> rex == 0 ? new X86Insn.Nop() : undefined("nop with REX prefix (xchg %r8,%rax)");
            case 0xc7 -> movImmModrm(rex, wide);
            case 0x89, 0x8b, 0x31, 0x33 -> registerForm(b, rex, wide);
            case 0xe8 -> new X86Insn.Call(imm32(), pos);
            case 0xe9 -> new X86Insn.Jmp(imm32(), pos);
            case 0xeb -> new X86Insn.Jmp((byte) next(), pos);
            case 0xc3 -> rex == 0 ? new X86Insn.Ret() : undefined("ret with REX prefix");
            case 0xcc -> new X86Insn.Int3();
            case 0xcd -> rex == 0 ? new X86Insn.Int(next()) : undefined("int with REX prefix");
            case 0xf4 -> new X86Insn.Hlt();
            case 0x0f -> twoByte(rex);
            default -> undefined(String.format("opcode %02x not supported", b));
        };
    }

    private X86Insn twoByte(int rex) {
        int b = next();
        if (rex != 0) {
            return undefined(String.format("0f %02x with REX prefix", b));
        }
        return switch (b) {
            case 0x05 -> new X86Insn.Syscall();
            case 0x0b -> new X86Insn.Ud2();
            default -> undefined(String.format("opcode 0f %02x not supported", b));
        };
    }

    /** {@code c7 /0 id}: mov $imm32, r/m; only the register form (mod = 11). */
    private X86Insn movImmModrm(int rex, boolean wide) {
        int modrm = next();
        if ((modrm >>> 6) != 3 || ((modrm >>> 3) & 7) != 0) {
            return undefined(String.format("c7 with ModRM %02x (memory operand or /r != 0)", modrm));
        }
        X86_64Reg dst = X86_64Reg.byEncoding((modrm & 7) | ((rex & REX_B) != 0 ? 8 : 0));
        long imm = imm32();
        return new X86Insn.MovImm(dst, wide ? imm : imm & 0xffffffffL, pos);
    }

    /** {@code 89 /r}, {@code 8b /r}, {@code 31 /r}, {@code 33 /r}; only mod = 11. */
    private X86Insn registerForm(int opcode, int rex, boolean wide) {
        int modrm = next();
        if ((modrm >>> 6) != 3) {
            return undefined(String.format("%02x with memory operand (ModRM %02x)", opcode, modrm));
        }
        X86_64Reg reg = X86_64Reg.byEncoding(((modrm >>> 3) & 7) | ((rex & REX_R) != 0 ? 8 : 0));
        X86_64Reg rm = X86_64Reg.byEncoding((modrm & 7) | ((rex & REX_B) != 0 ? 8 : 0));
        return switch (opcode) {
            case 0x89 -> new X86Insn.MovReg(rm, reg, wide, pos); // MOV r/m, r
            case 0x8b -> new X86Insn.MovReg(reg, rm, wide, pos); // MOV r, r/m
            case 0x31 -> new X86Insn.XorReg(rm, reg, wide, pos); // XOR r/m, r
            default -> new X86Insn.XorReg(reg, rm, wide, pos); // 0x33: XOR r, r/m
        };
    }

    private X86Insn undefined(String why) {
        return new X86Insn.Undefined(why, pos);
    }
}
