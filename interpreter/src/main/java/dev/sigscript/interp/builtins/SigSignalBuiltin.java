package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;

/**
 * {@code signal(sig, handler)} as glibc implements it (sysdeps/posix/signal.c:__bsd_signal):
 * BSD semantics: sa_mask = {sig}, sa_flags = SA_RESTART; returns the previous handler, or -1
 * (SIG_ERR) with errno.
 */
@NodeInfo(shortName = "signal")
public final class SigSignalBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        int sig = signo(args[0]);
        long[] old = new long[1];
        SigSet mask = sig >= 1 && sig <= 64 ? SigSet.of(sig) : SigSet.EMPTY;
        long r = Sigactions.libcSigaction(this, t, sig, handlerAddress(args[1]), SaFlags.SA_RESTART, mask, old);
        return r < 0 ? Syscalls.libc(t, r) : Sigactions.handlerValue(t, old[0]);
    }
}
