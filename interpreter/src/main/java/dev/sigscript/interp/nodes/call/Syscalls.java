package dev.sigscript.interp.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import dev.sigscript.cpu.x86.X86_64Reg;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.UserMode;

/**
 * Makes a system call from script code exactly as a {@code syscall} instruction at
 * {@code site - 2} would: number and arguments in registers, rip = rcx = the return address,
 * r11 = rflags; then the kernel runs (and may deliver signals, build frames, or never return),
 * then user mode runs until control is back at the site. A rewound PC (restart) re-executes the
 * syscall with the registers as the kernel left them (orig_rax, or restart_syscall).
 */
public final class Syscalls {
    private Syscalls() {}

    @TruffleBoundary
    public static long invoke(TaskRuntime t, long site, int nr, long... args) {
        X86_64Regs regs = t.regs();
        regs.rax(nr);
        for (int i = 0; i < args.length; i++) {
            regs.arg(i, args[i]);
        }
        long sp = regs.rsp();
        t.pushAwait(site, sp);
        try {
            while (true) {
                regs.rip(site);
                regs.set(X86_64Reg.RCX, site);
                regs.set(X86_64Reg.R11, regs.get(X86_64Reg.EFLAGS));
                t.scenario().kernel().syscallEntry(t.task());
                if (UserMode.run(t, site, sp) == UserMode.Resume.RETURNED) {
                    return regs.rax();
                }
            }
        } finally {
            t.popAwait();
        }
    }

    /** glibc's wrapper convention: a result in [-4095, -1] sets errno and becomes -1. */
    public static long libc(TaskRuntime t, long raw) {
        if (raw < 0 && raw >= -4095) {
            t.errno = -raw;
            return -1;
        }
        return raw;
    }
}
