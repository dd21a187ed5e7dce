package dev.sigscript.cpu.memory;

/** A named mapping, as one line of /proc/PID/maps: [start, end) with its protection. */
public record Region(long start, long end, int prot, String name) {
    public boolean contains(long address) {
        return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0;
    }

    public long size() {
        return end - start;
    }

    @Override
    public String toString() {
        return String.format("%012x-%012x %s %s", start, end, Prot.text(prot), name);
    }
}
