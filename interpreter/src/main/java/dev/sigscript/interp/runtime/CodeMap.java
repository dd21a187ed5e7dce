package dev.sigscript.interp.runtime;

import com.oracle.truffle.api.RootCallTarget;
import dev.sigscript.kernel.ProcessImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The script's code as the emulated machine sees it: every handler and function has an entry
 * address in the text segment, and every syscall site and call site has a return address.
 * Control follows the emulated PC: after a kernel entry the interpreter looks the PC up here to
 * know whether to run a handler, a function, or to resume a waiting statement.
 *
 * <p>Layout: slot {@code k} covers [TEXT_BASE + 16k, TEXT_BASE + 16k + 16). An entry point is
 * the slot start; a site's return address is slot start + 8, and its (pretend) 2-byte
 * {@code syscall} instruction sits at + 6, so a restart ({@code rip -= 2}) lands on it. Every
 * other byte of the text segment is {@code ud2}: jumping there raises SIGILL, as it would in a
 * real program jumping into the middle of an instruction.
 */
public final class CodeMap {
    public static final int SLOT = 16;
    public static final int SITE_OFFSET = 8;

    /** What lives at an address. */
    public sealed interface Entry {
        long address();

        String name();
    }

    /** A handler or function entry point. The call target takes (TaskRuntime, args...). */
    public record CodeEntry(long address, String name, RootCallTarget target, int arity, boolean isHandler)
            implements Entry {}

    /** A return address: after a syscall instruction or after a call. */
    public record Site(long address, String name) implements Entry {}

    private final Map<Long, Entry> byAddress = new HashMap<>();
    private long next = ProcessImage.TEXT_BASE;

    /** Reserves an entry point; the call target is bound later with {@link #bind}. */
    public long reserveEntry() {
        long a = next;
        next += SLOT;
        return a;
    }

    public void bind(long address, String name, RootCallTarget target, int arity, boolean isHandler) {
        byAddress.put(address, new CodeEntry(address, name, target, arity, isHandler));
    }

    /** Allocates a site; {@return its return address} */
    public long newSite(String name) {
        long a = next + SITE_OFFSET;
        next += SLOT;
        byAddress.put(a, new Site(a, name));
        return a;
    }

    /** {@return the entry at exactly this address, or null} */
    public Entry at(long address) {
        return byAddress.get(address);
    }

    /** {@return the name of the code containing pc (for traces), or null} */
    public String symbolize(long pc) {
        Entry e = byAddress.get(pc);
        return e == null ? null : e.name();
    }

    public long textEnd() {
        return next;
    }
}
