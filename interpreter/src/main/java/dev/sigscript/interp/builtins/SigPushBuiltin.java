package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.runtime.SigList;
import dev.sigscript.interp.runtime.TaskRuntime;

/** {@code list.push(value)}: appends; returns the new length. */
@NodeInfo(shortName = "push")
public final class SigPushBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        if (!(args[0] instanceof SigList l)) {
            throw badArg("list", args[0]);
        }
        l.elements().add(args[1]);
        return (long) l.size();
    }
}
