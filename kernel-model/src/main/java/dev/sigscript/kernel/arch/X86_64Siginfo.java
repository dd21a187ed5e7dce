package dev.sigscript.kernel.arch;

import static dev.sigscript.cpu.layout.X86_64Layouts.SIGINFO;

import dev.sigscript.cpu.layout.Field;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.SigInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The x86-64 user siginfo: which union member a (signo, si_code) pair uses, and writing a
 * {@link SigInfo} into guest memory as copy_siginfo_to_user() does.
 */
public final class X86_64Siginfo {
    private X86_64Siginfo() {}

    /** Mirrors include/linux/signal.h:enum siginfo_layout (Linux 6.x), the members x86-64 uses. */
    public enum Layout { KILL, TIMER, POLL, FAULT, CHLD, RT, SYS }

    // si_code values, from include/uapi/asm-generic/siginfo.h.
    static final int SI_USER = 0;
    static final int SI_KERNEL = 0x80;
    static final int SI_TIMER = -2;
    static final int SI_SIGIO = -5;
    static final int NSIGPOLL = 6;

    /** Per-signal si_code limits and layouts: kernel/signal.c:sig_sicodes[] (NSIGILL, NSIGFPE, ...). */
    private static final Map<Integer, int[]> SIG_SICODES = Map.of(
            4, new int[] {11, Layout.FAULT.ordinal()},  // SIGILL, NSIGILL
            8, new int[] {15, Layout.FAULT.ordinal()},  // SIGFPE, NSIGFPE
            11, new int[] {10, Layout.FAULT.ordinal()}, // SIGSEGV, NSIGSEGV
            7, new int[] {5, Layout.FAULT.ordinal()},   // SIGBUS, NSIGBUS
            5, new int[] {6, Layout.FAULT.ordinal()},   // SIGTRAP, NSIGTRAP
            17, new int[] {6, Layout.CHLD.ordinal()},   // SIGCHLD, NSIGCHLD
            29, new int[] {6, Layout.POLL.ordinal()},   // SIGPOLL, NSIGPOLL
            31, new int[] {2, Layout.SYS.ordinal()});   // SIGSYS, NSIGSYS

    /**
     * Mirrors kernel/signal.c:siginfo_layout() (Linux 6.x). Divergence: the fault sub-layouts
     * (MCEERR, BNDERR, PKUERR, PERF_EVENT) are reported as FAULT; we write only si_addr.
     */
    public static Layout siginfoLayout(int sig, int siCode) {
        Layout layout = Layout.KILL;
        if (siCode > SI_USER && siCode < SI_KERNEL) {
            int[] entry = SIG_SICODES.get(sig);
            if (entry != null && siCode <= entry[0]) {
                layout = Layout.values()[entry[1]];
            } else if (siCode <= NSIGPOLL) {
                layout = Layout.POLL;
            }
        } else if (siCode == SI_TIMER) {
            layout = Layout.TIMER;
        } else if (siCode == SI_SIGIO) {
            layout = Layout.POLL;
        } else if (siCode < 0) {
            layout = Layout.RT;
        }
        return layout;
    }

    /** The user-visible member names (the accessor macros of include/uapi/asm-generic/siginfo.h). */
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("si_signo", "si_signo");
        ALIASES.put("si_errno", "si_errno");
        ALIASES.put("si_code", "si_code");
        ALIASES.put("si_pid", "_sifields._kill._pid");
        ALIASES.put("si_uid", "_sifields._kill._uid");
        ALIASES.put("si_tid", "_sifields._timer._tid");
        ALIASES.put("si_overrun", "_sifields._timer._overrun");
        ALIASES.put("si_value", "_sifields._rt._sigval");
        ALIASES.put("si_int", "_sifields._rt._sigval");
        ALIASES.put("si_ptr", "_sifields._rt._sigval");
        ALIASES.put("si_status", "_sifields._sigchld._status");
        ALIASES.put("si_utime", "_sifields._sigchld._utime");
        ALIASES.put("si_stime", "_sifields._sigchld._stime");
        ALIASES.put("si_addr", "_sifields._sigfault._addr");
        ALIASES.put("si_addr_lsb", "_sifields._sigfault._addr_lsb");
        ALIASES.put("si_band", "_sifields._sigpoll._band");
        ALIASES.put("si_fd", "_sifields._sigpoll._fd");
        ALIASES.put("si_call_addr", "_sifields._sigsys._call_addr");
        ALIASES.put("si_syscall", "_sifields._sigsys._syscall");
        ALIASES.put("si_arch", "_sifields._sigsys._arch");
    }

    /** {@return a member by its accessor name (si_pid, si_value, si_addr, ...), offset from the siginfo start} */
    public static Optional<Field> field(String name) {
        String path = ALIASES.get(name);
        if (path == null) {
            return Optional.empty();
        }
        Field f = SIGINFO.field(path).orElseThrow();
        // si_int is the int half of union sigval
        int size = name.equals("si_int") ? 4 : f.size();
        return Optional.of(Field.of(name, f.offset(), size));
    }

    /** {@return the accessor names that are meaningful for a layout, preamble first} */
    public static List<String> memberNames(Layout layout) {
        List<String> head = List.of("si_signo", "si_errno", "si_code");
        List<String> tail = switch (layout) {
            case KILL -> List.of("si_pid", "si_uid");
            case TIMER -> List.of("si_tid", "si_overrun", "si_value");
            case RT -> List.of("si_pid", "si_uid", "si_value");
            case CHLD -> List.of("si_pid", "si_uid", "si_status", "si_utime", "si_stime");
            case FAULT -> List.of("si_addr");
            case POLL -> List.of("si_band", "si_fd");
            case SYS -> List.of("si_call_addr", "si_syscall", "si_arch");
        };
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toList();
    }

    /**
     * Mirrors kernel/signal.c:copy_siginfo_to_user() (Linux 6.x): all 128 bytes are written,
     * the preamble and the union member of {@link #siginfoLayout}, everything else zero (the
     * kernel's clear_siginfo() and clear_user() of the tail).
     *
     * @throws dev.sigscript.cpu.memory.MemoryFaultException if the write faults
     */
    public static void copySiginfoToUser(Memory memory, long address, SigInfo info) {
        byte[] bytes = new byte[SIGINFO.size()];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, info.signo()).putInt(4, info.errno()).putInt(8, info.code());
        switch (siginfoLayout(info.signo(), info.code())) {
            case KILL -> b.putInt(16, info.pid()).putInt(20, info.uid());
            case TIMER -> b.putInt(16, info.timerId()).putInt(20, info.overrun()).putLong(24, info.value());
            case RT -> b.putInt(16, info.pid()).putInt(20, info.uid()).putLong(24, info.value());
            case CHLD -> b.putInt(16, info.pid()).putInt(20, info.uid()).putInt(24, info.status());
            case FAULT -> b.putLong(16, info.addr());
            case POLL -> {
                // Divergence: SigInfo has no si_band / si_fd; they stay 0.
            }
            case SYS -> b.putLong(16, info.addr());
        }
        memory.write(address, bytes);
    }
}
