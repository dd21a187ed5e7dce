package dev.sigscript.kernel.arch;

/**
 * One field of a signal frame in guest memory, for {@code dump frame}: its path name
 * ({@code uc.uc_mcontext.rip}), address, offset from the frame start, size and the bytes it
 * holds now (empty when the memory is not readable).
 */
public record FrameField(String name, long address, int offset, int size, byte[] bytes) {
    public FrameField {
        java.util.Objects.requireNonNull(name);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return whether the field's memory could be read} */
    public boolean isReadable() {
        return bytes.length == size;
    }

    /** {@return the field as a little-endian unsigned value (first 8 bytes), 0 if unreadable} */
    public long value() {
        long v = 0;
        for (int i = Math.min(bytes.length, 8) - 1; i >= 0; i--) {
            v = (v << 8) | (bytes[i] & 0xffL);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameField f && name.equals(f.name) && address == f.address && offset == f.offset
                && size == f.size && java.util.Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Long.hashCode(address);
    }

    @Override
    public String toString() {
        return String.format("%s @0x%x (+%d, %d bytes) = 0x%x", name, address, offset, size, value());
    }
}
