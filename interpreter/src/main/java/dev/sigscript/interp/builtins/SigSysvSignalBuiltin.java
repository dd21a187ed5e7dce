package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;

/**
 * {@code sysv_signal(sig, handler)} as glibc implements it (sysdeps/posix/sysv_signal.c):
 * System V semantics, sa_flags = SA_ONESHOT | SA_NOMASK | SA_INTERRUPT without SA_RESTART (the
 * handler is reset on delivery, does not block its own signal, and interrupted calls fail with
 * EINTR). SA_INTERRUPT (0x20000000) is a glibc-only bit that the kernel clears.
 */
@NodeInfo(shortName = "sysv_signal")
public final class SigSysvSignalBuiltin extends SigBuiltinNode {
    /** glibc bits/sigaction.h: "Historical no-op". */
    static final long SA_INTERRUPT = 0x20000000L;

    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long[] old = new long[1];
        long flags = (SaFlags.SA_RESETHAND | SaFlags.SA_NODEFER | SA_INTERRUPT) & ~SaFlags.SA_RESTART;
        long r = Sigactions.libcSigaction(this, t, signo(args[0]), handlerAddress(args[1]), flags, SigSet.EMPTY, old);
        return r < 0 ? Syscalls.libc(t, r) : Sigactions.handlerValue(t, old[0]);
    }
}
