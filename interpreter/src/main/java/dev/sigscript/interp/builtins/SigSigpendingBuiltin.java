package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code sigpending()}: rt_sigpending(2); the set of pending signals (thread and process). */
@NodeInfo(shortName = "sigpending")
public final class SigSigpendingBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        try (GuestStack buf = new GuestStack(t, 16)) {
            long r = syscall(t, SyscallNumbers.__NR_rt_sigpending, buf.base(), 8);
            return r < 0 ? (Object) Syscalls.libc(t, r) : new SigSetValue(new SigSet(t.memory().read64(buf.base())));
        }
    }
}
