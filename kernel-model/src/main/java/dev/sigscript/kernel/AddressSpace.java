package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;

/** A process's memory (the kernel's mm_struct) and its symbol names. */
public final class AddressSpace {
    private final Memory memory;
    private final SymbolTable symbols;

    public AddressSpace(Memory memory, SymbolTable symbols) {
        this.memory = memory;
        this.symbols = symbols;
    }

    public Memory memory() {
        return memory;
    }

    public SymbolTable symbols() {
        return symbols;
    }
}
