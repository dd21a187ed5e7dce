package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code len(list | string | set)}. */
@NodeInfo(shortName = "len")
public final class SigLenBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return switch (args[0]) {
            case SigList l -> (long) l.size();
            case String s -> (long) s.length();
            case SigSetValue s -> (long) s.set().size();
            default -> throw badArg("list, string or set", args[0]);
        };
    }
}
