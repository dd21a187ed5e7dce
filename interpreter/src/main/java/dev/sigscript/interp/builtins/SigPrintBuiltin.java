package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.abi.SyscallNumbers;
import java.nio.charset.StandardCharsets;

/** {@code print(a, b, ...)}: like printf's line to stdout, one write(1, ...) of the values joined by spaces. */
@NodeInfo(shortName = "print")
public final class SigPrintBuiltin extends SigBuiltinNode {
    @Override
    @TruffleBoundary
    protected Object call(TaskRuntime t, Object[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            sb.append(i == 0 ? "" : " ").append(Values.display(args[i]));
        }
        byte[] bytes = (sb + "\n").getBytes(StandardCharsets.UTF_8);
        try (GuestStack buf = new GuestStack(t, bytes.length)) {
            t.memory().write(buf.base(), bytes);
            return libcCall(t, SyscallNumbers.__NR_write, 1, buf.base(), bytes.length);
        }
    }
}
