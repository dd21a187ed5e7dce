package dev.sigscript.cpu.memory;

/** Page protection bits, as mmap(2)'s PROT_* from include/uapi/asm-generic/mman-common.h. */
public final class Prot {
    public static final int PROT_NONE = 0x0;
    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;
    public static final int PROT_EXEC = 0x4;

    public static final int RW = PROT_READ | PROT_WRITE;
    public static final int RX = PROT_READ | PROT_EXEC;

    private Prot() {}

    /** {@return "r-x" style text, as /proc/PID/maps shows it} */
    public static String text(int prot) {
        return ((prot & PROT_READ) != 0 ? "r" : "-") + ((prot & PROT_WRITE) != 0 ? "w" : "-")
                + ((prot & PROT_EXEC) != 0 ? "x" : "-");
    }
}
