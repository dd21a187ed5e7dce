package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code sigprocmask(SIG_BLOCK | SIG_UNBLOCK | SIG_SETMASK, set)}: rt_sigprocmask(2) with an old-set buffer; returns the old set, or -1 with errno. */
@NodeInfo(shortName = "sigprocmask")
public final class SigSigprocmaskBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        try (GuestStack buf = new GuestStack(t, 16)) {
            var m = t.memory();
            m.write64(buf.base(), sigset(args[1]).bits());
            long r = syscall(t, SyscallNumbers.__NR_rt_sigprocmask, integer(args[0], "how"), buf.base(), buf.base() + 8, 8);
            return r < 0 ? (Object) Syscalls.libc(t, r) : new SigSetValue(new SigSet(m.read64(buf.base() + 8)));
        }
    }
}
