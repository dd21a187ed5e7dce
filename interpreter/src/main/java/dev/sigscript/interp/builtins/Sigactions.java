package dev.sigscript.interp.builtins;

import dev.sigscript.interp.runtime.FunctionRef;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.kernel.ProcessImage;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.SyscallNumbers;

/**
 * glibc's {@code __libc_sigaction} (sysdeps/unix/sysv/linux/libc_sigaction.c): copies the
 * action into a {@code struct kernel_sigaction} (x86-64: sa_handler, sa_flags, sa_restorer,
 * sa_mask), adds SA_RESTORER with {@code __restore_rt}, and calls rt_sigaction(sig, &kact,
 * &koact, 8). Returns the raw kernel result and, when asked, the old handler.
 */
final class Sigactions {
    static final int KSIGACTION_SIZE = 32;

    private Sigactions() {}

    /** {@return the kernel's result; oldHandler[0] receives the previous sa_handler when non-null} */
    static long libcSigaction(SigBuiltinNode node, TaskRuntime t, int sig, long handler, long flags, SigSet mask,
            long[] oldHandler) {
        try (GuestStack buf = new GuestStack(t, 2 * KSIGACTION_SIZE)) {
            long act = buf.base();
            long oact = oldHandler == null ? 0 : act + KSIGACTION_SIZE;
            var m = t.memory();
            m.write64(act, handler);
            // glibc's struct sigaction has int sa_flags: copying it into the kernel's unsigned long
            // sign-extends, so SA_RESETHAND (0x80000000) arrives as 0xffffffff80000000 (strace
            // shows the high bits; the kernel clears them, see evidence/c/glibc_wrappers.c).
            m.write64(act + 8, (long) (int) flags | SaFlags.SA_RESTORER);
            m.write64(act + 16, ProcessImage.RESTORE_RT);
            m.write64(act + 24, mask.bits());
            long r = node.syscall(t, SyscallNumbers.__NR_rt_sigaction, sig, act, oact, 8);
            if (oldHandler != null && r == 0) {
                oldHandler[0] = m.read64(oact);
            }
            return r;
        }
    }

    /** {@return the handler value for an address: the handler or function there, else the number} */
    static Object handlerValue(TaskRuntime t, long address) {
        for (var p : t.scenario().processes().values()) {
            for (FunctionRef f : p.code().functions().values()) {
                if (f.address() == address) {
                    return f;
                }
            }
        }
        return address;
    }
}
