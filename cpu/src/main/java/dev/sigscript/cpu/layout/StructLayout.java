package dev.sigscript.cpu.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guest struct (or union) as a table of named offsets (blink's approach): code reads and
 * writes guest memory at {@code base + offsetOf("uc_mcontext.rip")}, never through hand-made
 * Java mirrors. Paths name nested members with dots.
 *
 * @param name the C type name, e.g. {@code struct ucontext}
 * @param size {@code sizeof}
 * @param fields the members, in declaration order
 */
public record StructLayout(String name, int size, List<Field> fields) {
    public StructLayout {
        Objects.requireNonNull(name);
        fields = List.copyOf(fields);
        for (Field f : fields) {
            if (f.end() > size) {
                throw new IllegalArgumentException(name + "." + f.name() + " ends at " + f.end() + " > " + size);
            }
        }
    }

    public static StructLayout of(String name, int size, Field... fields) {
        return new StructLayout(name, size, List.of(fields));
    }

    /** {@return the member at a dotted path, with its offset from the start of this struct} */
    public Optional<Field> field(String path) {
        StructLayout layout = this;
        int base = 0;
        Field found = null;
        for (String part : path.split("\\.", -1)) {
            if (layout == null) {
                return Optional.empty();
            }
            Field f = layout.direct(part);
            if (f == null) {
                return Optional.empty();
            }
            base += f.offset();
            found = f;
            layout = f.nested().orElse(null);
        }
        return Optional.of(new Field(path, base, found.size(), found.nested()));
    }

    /** {@return {@code offsetof} of a dotted path} @throws IllegalArgumentException if there is none */
    public int offsetOf(String path) {
        return field(path).orElseThrow(() -> new IllegalArgumentException(name + " has no member " + path)).offset();
    }

    /** {@return {@code sizeof} of a dotted path's member} @throws IllegalArgumentException if there is none */
    public int sizeOf(String path) {
        return field(path).orElseThrow(() -> new IllegalArgumentException(name + " has no member " + path)).size();
    }

    /** {@return every scalar member, nested ones expanded, named by path, offsets from this struct} */
    public List<Field> leaves() {
        List<Field> out = new ArrayList<>();
        collect("", 0, out);
        return out;
    }

    private void collect(String prefix, int base, List<Field> out) {
        for (Field f : fields) {
            String path = prefix + f.name();
            if (f.nested().isPresent()) {
                f.nested().get().collect(path + ".", base + f.offset(), out);
            } else {
                out.add(Field.of(path, base + f.offset(), f.size()));
            }
        }
    }

    private Field direct(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
