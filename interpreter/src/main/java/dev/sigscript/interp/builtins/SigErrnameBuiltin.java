package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code errname(e)}: "EINTR" (no system call). */
@NodeInfo(shortName = "errname")
public final class SigErrnameBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long e = integer(args[0], "errno");
        for (Errno x : Errno.values()) {
            if (x.number() == e) {
                return x.name();
            }
        }
        return Long.toString(e);
    }
}
