package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code sigsuspend(set)}: rt_sigsuspend(2): waits with the mask replaced; always -1 with errno EINTR. */
@NodeInfo(shortName = "sigsuspend")
public final class SigSigsuspendBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        try (GuestStack buf = new GuestStack(t, 16)) {
            t.memory().write64(buf.base(), sigset(args[0]).bits());
            return libcCall(t, SyscallNumbers.__NR_rt_sigsuspend, buf.base(), 8);
        }
    }
}
