package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.runtime.GuestStructView;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.Values;
import java.util.OptionalLong;

/**
 * {@code ctx.uc_mcontext.rip = value}: writes the frame's bytes in guest memory. A handler or
 * function value writes its entry address, so rt_sigreturn resumes there.
 */
public final class SigMemberWriteNode extends SigStatementNode {
    @Child private SigExpressionNode target;
    private final String name;
    @Child private SigExpressionNode value;

    public SigMemberWriteNode(SigExpressionNode target, String name, SigExpressionNode value) {
        this.target = target;
        this.name = name;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        write((TaskRuntime) frame.getArguments()[0], target.execute(frame), value.execute(frame));
    }

    @TruffleBoundary
    private void write(TaskRuntime t, Object on, Object v) {
        if (!(on instanceof GuestStructView view)) {
            throw SigException.typeError(this, "assignment to member '." + name + "'", on);
        }
        String path = view.member(name).path();
        OptionalLong off = GuestFields.offset(view, path);
        if (off.isEmpty() || GuestFields.isStruct(view, name)) {
            throw SigException.error(this, "cannot assign to '" + path + "'");
        }
        try {
            GuestFields.write(t.memory(), view, path, off.getAsLong(), Values.toRaw(v));
        } catch (MemoryFaultException e) {
            throw SigException.error(this, "writing " + path + ": the frame at 0x" + Long.toHexString(view.address())
                    + " is not writable");
        }
    }
}
