package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code raise(sig)} as glibc 2.36 does it for the calling thread: gettid(), getpid(), tgkill(pid, tid, sig) (observed with strace on this machine: evidence/c/glibc_wrappers.c). */
@NodeInfo(shortName = "raise")
public final class SigRaiseBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long tid = syscall(t, SyscallNumbers.__NR_gettid);
        long pid = syscall(t, SyscallNumbers.__NR_getpid);
        long r = syscall(t, SyscallNumbers.__NR_tgkill, pid, tid, signo(args[0]));
        return r < 0 ? Syscalls.libc(t, r) : 0L;
    }
}
