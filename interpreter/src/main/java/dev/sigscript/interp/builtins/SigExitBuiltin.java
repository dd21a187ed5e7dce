package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code exit(status)}: glibc exit() ends with exit_group(2) (no atexit handlers are modelled); does not return. */
@NodeInfo(shortName = "exit")
public final class SigExitBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        syscall(t, SyscallNumbers.__NR_exit_group, integer(args[0], "status"));
        throw new IllegalStateException("exit_group returned");
    }
}
