package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.GuestStructView;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.ProcessRuntime;
import dev.sigscript.interp.runtime.TaskRuntime;
import java.util.OptionalLong;

/**
 * {@code target.name}: a siginfo or ucontext member read from the frame in guest memory at this
 * moment, or a process-level variable of another process ({@code rx.usr1}).
 */
public final class SigMemberNode extends SigExpressionNode {
    @Child private SigExpressionNode target;
    private final String name;

    public SigMemberNode(SigExpressionNode target, String name) {
        this.target = target;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return read((TaskRuntime) frame.getArguments()[0], target.execute(frame));
    }

    @TruffleBoundary
    private Object read(TaskRuntime t, Object on) {
        if (on instanceof GuestStructView v) {
            if (GuestFields.isStruct(v, name)) {
                return v.member(name);
            }
            String path = v.member(name).path();
            OptionalLong off = GuestFields.offset(v, path);
            if (off.isEmpty()) {
                throw SigException.error(this, "no member '" + name + "' in " + (v.kind() == GuestStructView.Kind.SIGINFO
                        ? "siginfo" : "ucontext" + (v.path().isEmpty() ? "" : "." + v.path())));
            }
            try {
                return GuestFields.read(t.memory(), v, path, off.getAsLong());
            } catch (MemoryFaultException e) {
                throw SigException.error(this, "reading " + path + ": the frame at 0x" + Long.toHexString(v.address())
                        + " is not readable");
            }
        }
        if (on instanceof ProcessRef p) {
            ProcessRuntime pr = t.scenario().processes().get(p.name());
            if (pr != null && pr.code().globalNames().contains(name)) {
                return pr.global(name);
            }
            throw SigException.error(this, "process '" + p.name() + "' has no variable '" + name + "'");
        }
        throw SigException.typeError(this, "member '." + name + "'", on);
    }
}
