package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code pause()}: pause(2): sleeps until a signal is handled; always -1 with errno EINTR. */
@NodeInfo(shortName = "pause")
public final class SigPauseBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return libcCall(t, SyscallNumbers.__NR_pause);
    }
}
