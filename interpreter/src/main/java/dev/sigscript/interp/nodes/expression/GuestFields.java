package dev.sigscript.interp.nodes.expression;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.interp.runtime.GuestStructView;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.arch.X86_64Frames;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads and writes members of the siginfo and ucontext in guest memory, at the offsets of the
 * kernel's x86-64 layouts ({@link X86_64Frames}). 32-bit siginfo fields are sign-extended.
 */
final class GuestFields {
    /** Members that are structs themselves: reading them gives a nested view. */
    private static final Set<String> STRUCTS = Set.of("uc_mcontext", "uc_stack");
    /** siginfo members that are 32-bit ints. */
    private static final Set<String> INT32 = Set.of("si_signo", "si_errno", "si_code", "si_pid", "si_uid",
            "si_status", "si_int", "si_overrun", "si_tid");

    private GuestFields() {}

    static boolean isStruct(GuestStructView v, String member) {
        return v.kind() == GuestStructView.Kind.UCONTEXT && v.path().isEmpty() && STRUCTS.contains(member);
    }

    /** {@return the offset of the member from the struct's start, or empty if it has no such member} */
    static OptionalLong offset(GuestStructView v, String path) {
        return v.kind() == GuestStructView.Kind.SIGINFO ? X86_64Frames.siginfoFieldOffset(path)
                : X86_64Frames.ucontextFieldOffset(path);
    }

    static Object read(Memory m, GuestStructView v, String path, long offset) {
        long a = v.address() + offset;
        if (v.kind() == GuestStructView.Kind.SIGINFO && INT32.contains(path)) {
            return (long) m.read32(a);
        }
        if (path.equals("uc_sigmask")) {
            return new SigSetValue(new SigSet(m.read64(a)));
        }
        if (path.equals("uc_stack.ss_flags")) {
            return (long) m.read32(a);
        }
        return m.read64(a);
    }

    static void write(Memory m, GuestStructView v, String path, long offset, long raw) {
        long a = v.address() + offset;
        if ((v.kind() == GuestStructView.Kind.SIGINFO && INT32.contains(path)) || path.equals("uc_stack.ss_flags")) {
            m.write32(a, (int) raw);
        } else {
            m.write64(a, raw);
        }
    }
}
