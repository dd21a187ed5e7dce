package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code tkill(tid, sig)}: tkill(2). */
@NodeInfo(shortName = "tkill")
public final class SigTkillBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return libcCall(t, SyscallNumbers.__NR_tkill, pid(args[0]), signo(args[1]));
    }
}
