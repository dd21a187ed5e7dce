package dev.sigscript.kernel.abi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** x86-64 system call numbers, from arch/x86/entry/syscalls/syscall_64.tbl (the ones the model knows). */
public final class SyscallNumbers {
    public static final int __NR_read = 0;
    public static final int __NR_write = 1;
    public static final int __NR_rt_sigaction = 13;
    public static final int __NR_rt_sigprocmask = 14;
    public static final int __NR_rt_sigreturn = 15;
    public static final int __NR_pause = 34;
    public static final int __NR_nanosleep = 35;
    public static final int __NR_alarm = 37;
    public static final int __NR_getpid = 39;
    public static final int __NR_exit = 60;
    public static final int __NR_kill = 62;
    public static final int __NR_getuid = 102;
    public static final int __NR_getppid = 110;
    public static final int __NR_rt_sigpending = 127;
    public static final int __NR_rt_sigtimedwait = 128;
    public static final int __NR_rt_sigqueueinfo = 129;
    public static final int __NR_rt_sigsuspend = 130;
    public static final int __NR_sigaltstack = 131;
    public static final int __NR_gettid = 186;
    public static final int __NR_tkill = 200;
    public static final int __NR_restart_syscall = 219;
    public static final int __NR_clock_nanosleep = 230;
    public static final int __NR_exit_group = 231;
    public static final int __NR_tgkill = 234;

    private static final Map<Integer, String> NAMES = new TreeMap<>();

    static {
        for (var f : SyscallNumbers.class.getFields()) {
            if (f.getName().startsWith("__NR_")) {
                try {
                    NAMES.put(f.getInt(null), f.getName().substring(5));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private SyscallNumbers() {}

    /** {@return the syscall's name, or "syscall_N" as strace prints an unknown one} */
    public static String name(long nr) {
        String n = nr >= 0 && nr < Integer.MAX_VALUE ? NAMES.get((int) nr) : null;
        return n != null ? n : "syscall_0x" + Long.toHexString(nr);
    }

    public static Optional<Integer> byName(String name) {
        for (var e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** {@return every known number and name} */
    public static Map<Integer, String> all() {
        return Map.copyOf(NAMES);
    }
}
