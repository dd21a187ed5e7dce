package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.TaskRuntime;

/** {@code sigaction(sig, handler | SIG_DFL | SIG_IGN, flags: ..., mask: {...})}: 0, or -1 with errno. */
@NodeInfo(shortName = "sigaction")
public final class SigSigactionBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long r = Sigactions.libcSigaction(this, t, signo(args[0]), handlerAddress(args[1]), integer(args[2], "flags"),
                sigset(args[3]), null);
        return Syscalls.libc(t, r);
    }
}
