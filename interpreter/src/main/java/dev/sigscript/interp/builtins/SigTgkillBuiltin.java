package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code tgkill(tgid, tid, sig)}: tgkill(2). */
@NodeInfo(shortName = "tgkill")
public final class SigTgkillBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return libcCall(t, SyscallNumbers.__NR_tgkill, pid(args[0]), pid(args[1]), signo(args[2]));
    }
}
