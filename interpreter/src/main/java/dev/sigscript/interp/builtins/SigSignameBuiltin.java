package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code signame(sig)}: "SIGINT", "SIGRTMIN+2" (no system call). */
@NodeInfo(shortName = "signame")
public final class SigSignameBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return Signals.name(signo(args[0]));
    }
}
