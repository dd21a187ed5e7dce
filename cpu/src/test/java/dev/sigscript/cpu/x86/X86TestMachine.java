package dev.sigscript.cpu.x86;

import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.Prot;

/** A tiny machine for CPU tests: code page at CODE (r-x), stack page below STACK_TOP (rw-). */
final class X86TestMachine {
    static final long CODE = 0x400000;
    static final long STACK_TOP = 0x7fff0000L;

    final Memory memory = new Memory();
    final X86_64Regs regs = new X86_64Regs();
    final X86_64Cpu cpu = new X86_64Cpu();

    X86TestMachine(int... code) {
        memory.map(CODE, Memory.PAGE_SIZE, Prot.RX, "code");
        memory.map(STACK_TOP - Memory.PAGE_SIZE, Memory.PAGE_SIZE, Prot.RW, "stack");
        memory.poke(CODE, bytes(code));
        regs.rip(CODE);
        regs.rsp(STACK_TOP - 64);
    }

    static byte[] bytes(int... code) {
        byte[] b = new byte[code.length];
        for (int i = 0; i < code.length; i++) {
            b[i] = (byte) code[i];
        }
        return b;
    }

    StepResult step() {
        return cpu.step(regs, memory);
    }

    /** Steps until something other than Continue, at most {@code max} instructions. */
    StepResult run(int max) {
        for (int i = 0; i < max; i++) {
            StepResult r = step();
            if (!(r instanceof StepResult.Continue)) {
                return r;
            }
        }
        throw new AssertionError("no stop within " + max + " steps");
    }
}
