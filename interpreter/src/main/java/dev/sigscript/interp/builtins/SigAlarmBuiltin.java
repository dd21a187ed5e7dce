package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code alarm(seconds)}: alarm(2); the seconds left of the previous alarm. */
@NodeInfo(shortName = "alarm")
public final class SigAlarmBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        return syscall(t, SyscallNumbers.__NR_alarm, integer(args[0], "seconds"));
    }
}
