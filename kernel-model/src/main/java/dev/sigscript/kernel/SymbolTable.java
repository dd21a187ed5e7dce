package dev.sigscript.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Names for addresses in one address space (handlers, functions, __restore_rt), for traces. */
public final class SymbolTable {
    private final Map<Long, String> names = new HashMap<>();

    public void define(long addr, String name) {
        names.put(addr, name);
    }

    public Optional<String> nameOf(long addr) {
        return Optional.ofNullable(names.get(addr));
    }

    /** {@return the address of name, if defined} */
    public Optional<Long> addressOf(String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst();
    }

    SymbolTable copy() {
        SymbolTable s = new SymbolTable();
        s.names.putAll(names);
        return s;
    }
}
