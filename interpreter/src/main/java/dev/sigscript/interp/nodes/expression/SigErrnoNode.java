package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.TaskRuntime;

/** {@code errno}: the task's C errno, set by the last failing call. */
public final class SigErrnoNode extends SigExpressionNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return ((TaskRuntime) frame.getArguments()[0]).errno;
    }
}
