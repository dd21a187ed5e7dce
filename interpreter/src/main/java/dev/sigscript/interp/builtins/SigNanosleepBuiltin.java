package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code nanosleep(duration)}: the nanosleep(2) system call itself; 0, or -1 with errno (EINTR when a handler interrupted it). */
@NodeInfo(shortName = "nanosleep")
public final class SigNanosleepBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long ns = nanos(args[0]);
        try (GuestStack buf = new GuestStack(t, 32)) {
            var m = t.memory();
            writeTimespec(m, buf.base(), ns);
            return libcCall(t, SyscallNumbers.__NR_nanosleep, buf.base(), buf.base() + 16);
        }
    }
}
