package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.*;
import dev.sigscript.kernel.abi.*;

/** {@code sleep(duration | seconds)}: glibc 2.36 calls clock_nanosleep(CLOCK_REALTIME, 0, &req, &rem) (observed with strace: evidence/c/glibc_wrappers.c); returns 0, or the time left when a handled signal interrupted it (as a duration). */
@NodeInfo(shortName = "sleep")
public final class SigSleepBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        long ns = nanos(args[0]);
        try (GuestStack buf = new GuestStack(t, 32)) {
            var m = t.memory();
            writeTimespec(m, buf.base(), ns);
            m.write64(buf.base() + 16, 0);
            m.write64(buf.base() + 24, 0);
            long r = syscall(t, SyscallNumbers.__NR_clock_nanosleep, 0 /* CLOCK_REALTIME */, 0, buf.base(), buf.base() + 16);
            if (r == 0) {
                return 0L;
            }
            Syscalls.libc(t, r);
            return new DurationValue(m.read64(buf.base() + 16) * 1_000_000_000L + m.read64(buf.base() + 24));
        }
    }
}
