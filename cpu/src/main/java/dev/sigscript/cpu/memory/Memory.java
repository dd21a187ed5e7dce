package dev.sigscript.cpu.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A guest address space: byte-addressed, little-endian, in 4 KiB pages with per-page protection.
 * Guest structs live here as bytes (never as Java objects mirrored by hand), read and written
 * through the explicit accessors below. An access to an unmapped page or against the page's
 * protection throws {@link MemoryFaultException}, which the model catches and turns into a
 * fault value, EFAULT or SIGSEGV; it never reaches the user.
 *
 * <p>Accesses that cross a page boundary are split byte by byte; the common case (inside one
 * page) goes through a one-entry page cache.
 */
public final class Memory {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final long PAGE_MASK = PAGE_SIZE - 1;

    private static final class Page {
        final byte[] bytes = new byte[PAGE_SIZE];
        int prot;

        Page(int prot) {
            this.prot = prot;
        }
    }

    private final Map<Long, Page> pages = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private long cachedPageNumber = -1;
    private Page cachedPage;

    /** Maps [start, start+size) zero-filled with {@code prot}; both must be page aligned. */
    public void map(long start, long size, int prot, String name) {
        if ((start & PAGE_MASK) != 0 || (size & PAGE_MASK) != 0 || size <= 0) {
            throw new IllegalArgumentException("unaligned mapping " + Long.toHexString(start) + "+" + size);
        }
        for (long p = start >>> PAGE_SHIFT; p < (start + size) >>> PAGE_SHIFT; p++) {
            pages.put(p, new Page(prot));
        }
        regions.add(new Region(start, start + size, prot, name));
        regions.sort((a, b) -> Long.compareUnsigned(a.start(), b.start()));
        cachedPageNumber = -1;
    }

    /** Changes the protection of already-mapped pages, like mprotect(2). */
    public void protect(long start, long size, int prot) {
        for (long p = start >>> PAGE_SHIFT; p < (start + size + PAGE_MASK) >>> PAGE_SHIFT; p++) {
            Page page = pages.get(p);
            if (page != null) {
                page.prot = prot;
            }
        }
    }

    /** {@return the mappings, lowest address first} */
    public List<Region> regions() {
        return List.copyOf(regions);
    }

    /** {@return the mapping holding address, or null} */
    public Region regionOf(long address) {
        for (Region r : regions) {
            if (r.contains(address)) {
                return r;
            }
        }
        return null;
    }

    public boolean isMapped(long address) {
        return pages.containsKey(address >>> PAGE_SHIFT);
    }

    /** {@return the protection of the page holding address, or -1 if unmapped} */
    public int protOf(long address) {
        Page p = pages.get(address >>> PAGE_SHIFT);
        return p == null ? -1 : p.prot;
    }

    /** Checks that [address, address+length) is accessible for {@code access}; returns the first fault or null. */
    public MemoryFault check(long address, long length, Access access) {
        for (long a = address & ~PAGE_MASK; Long.compareUnsigned(a, address + length) < 0; a += PAGE_SIZE) {
            long at = Long.compareUnsigned(a, address) < 0 ? address : a;
            Page p = pages.get(a >>> PAGE_SHIFT);
            if (p == null) {
                return new MemoryFault(at, access, false);
            }
            if ((p.prot & required(access)) == 0) {
                return new MemoryFault(at, access, true);
            }
        }
        return null;
    }

    private static int required(Access access) {
        return switch (access) {
            case READ -> Prot.PROT_READ;
            case WRITE -> Prot.PROT_WRITE;
            case EXECUTE -> Prot.PROT_EXEC;
        };
    }

    private Page page(long address, Access access) {
        long number = address >>> PAGE_SHIFT;
        Page p;
        if (number == cachedPageNumber) {
            p = cachedPage;
        } else {
            p = pages.get(number);
            if (p == null) {
                throw new MemoryFault(address, access, false).asException();
            }
            cachedPageNumber = number;
            cachedPage = p;
        }
        if ((p.prot & required(access)) == 0) {
            throw new MemoryFault(address, access, true).asException();
        }
        return p;
    }

    // ---- single values, little-endian ----

    public int read8(long a) {
        return page(a, Access.READ).bytes[(int) (a & PAGE_MASK)] & 0xff;
    }

    /** Reads a byte for instruction fetch (needs PROT_EXEC). */
    public int fetch8(long a) {
        return page(a, Access.EXECUTE).bytes[(int) (a & PAGE_MASK)] & 0xff;
    }

    public void write8(long a, int v) {
        page(a, Access.WRITE).bytes[(int) (a & PAGE_MASK)] = (byte) v;
    }

    public int read16(long a) {
        return (int) readLE(a, 2);
    }

    public int read32(long a) {
        return (int) readLE(a, 4);
    }

    public long read64(long a) {
        return readLE(a, 8);
    }

    public void write16(long a, int v) {
        writeLE(a, v, 2);
    }

    public void write32(long a, int v) {
        writeLE(a, v & 0xffffffffL, 4);
    }

    public void write64(long a, long v) {
        writeLE(a, v, 8);
    }

    private long readLE(long a, int n) {
        int off = (int) (a & PAGE_MASK);
        if (off + n <= PAGE_SIZE) {
            byte[] b = page(a, Access.READ).bytes;
            long v = 0;
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (b[off + i] & 0xffL);
            }
            return v;
        }
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | read8(a + i);
        }
        return v;
    }

    private void writeLE(long a, long v, int n) {
        int off = (int) (a & PAGE_MASK);
        if (off + n <= PAGE_SIZE) {
            byte[] b = page(a, Access.WRITE).bytes;
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (v >>> (8 * i));
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            write8(a + i, (int) (v >>> (8 * i)));
        }
    }

    // ---- blocks ----

    /** Copies bytes out of guest memory, like copy_from_user(). */
    public byte[] read(long a, int length) {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            long at = a + done;
            int off = (int) (at & PAGE_MASK);
            int n = Math.min(length - done, PAGE_SIZE - off);
            System.arraycopy(page(at, Access.READ).bytes, off, out, done, n);
            done += n;
        }
        return out;
    }

    /** Copies bytes into guest memory, like copy_to_user(). */
    public void write(long a, byte[] src) {
        write(a, src, 0, src.length);
    }

    public void write(long a, byte[] src, int from, int length) {
        int done = 0;
        while (done < length) {
            long at = a + done;
            int off = (int) (at & PAGE_MASK);
            int n = Math.min(length - done, PAGE_SIZE - off);
            System.arraycopy(src, from + done, page(at, Access.WRITE).bytes, off, n);
            done += n;
        }
    }

    /** Fills [a, a+length) with {@code value}, like clear_user() for value 0. */
    public void fill(long a, int length, byte value) {
        int done = 0;
        while (done < length) {
            long at = a + done;
            int off = (int) (at & PAGE_MASK);
            int n = Math.min(length - done, PAGE_SIZE - off);
            java.util.Arrays.fill(page(at, Access.WRITE).bytes, off, off + n, value);
            done += n;
        }
    }

    /** Writes bytes regardless of protection: the loader placing code in a read-only page. */
    public void poke(long a, byte[] src) {
        for (int i = 0; i < src.length; i++) {
            Page p = pages.get((a + i) >>> PAGE_SHIFT);
            if (p == null) {
                throw new MemoryFault(a + i, Access.WRITE, false).asException();
            }
            p.bytes[(int) ((a + i) & PAGE_MASK)] = src[i];
        }
    }

    /** {@return a copy of this address space (fork)} */
    public Memory copy() {
        Memory m = new Memory();
        for (var e : pages.entrySet()) {
            Page p = new Page(e.getValue().prot);
            System.arraycopy(e.getValue().bytes, 0, p.bytes, 0, PAGE_SIZE);
            m.pages.put(e.getKey(), p);
        }
        m.regions.addAll(regions);
        return m;
    }
}
