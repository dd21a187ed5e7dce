package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code sigqueue(process | pid, sig, value)}: glibc fills a siginfo with SI_QUEUE, its pid and uid and si_value, then rt_sigqueueinfo(2). */
@NodeInfo(shortName = "sigqueue")
public final class SigSigqueueBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        int pid = pid(args[0]);
        int sig = signo(args[1]);
        try (GuestStack buf = new GuestStack(t, 128)) {
            var m = t.memory();
            m.fill(buf.base(), 128, (byte) 0);
            m.write32(buf.base(), sig);
            m.write32(buf.base() + 8, SiCodes.SI_QUEUE);
            m.write32(buf.base() + 16, (int) syscall(t, SyscallNumbers.__NR_getpid));
            m.write32(buf.base() + 20, (int) syscall(t, SyscallNumbers.__NR_getuid));
            m.write64(buf.base() + 24, integer(args[2], "value"));
            return libcCall(t, SyscallNumbers.__NR_rt_sigqueueinfo, pid, sig, buf.base());
        }
    }
}
