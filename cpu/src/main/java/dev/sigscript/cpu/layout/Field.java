package dev.sigscript.cpu.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * One member of a guest struct: its C name, offset from the start of the enclosing struct,
 * size in bytes, and for a nested struct or union its layout.
 */
public record Field(String name, int offset, int size, Optional<StructLayout> nested) {
    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(nested);
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException(name + ": offset " + offset + " size " + size);
        }
    }

    /** {@return a scalar or array member} */
    public static Field of(String name, int offset, int size) {
        return new Field(name, offset, size, Optional.empty());
    }

    /** {@return a nested struct or union member; its size is the layout's size} */
    public static Field of(String name, int offset, StructLayout layout) {
        return new Field(name, offset, layout.size(), Optional.of(layout));
    }

    public int end() {
        return offset + size;
    }
}
