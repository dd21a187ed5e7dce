package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code kill(process | pid, sig)}: kill(2); 0, or -1 with errno. */
@NodeInfo(shortName = "kill")
public final class SigKillBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return libcCall(t, SyscallNumbers.__NR_kill, pid(args[0]), signo(args[1]));
    }
}
