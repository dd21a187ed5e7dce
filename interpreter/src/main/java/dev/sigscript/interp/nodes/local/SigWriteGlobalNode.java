package dev.sigscript.interp.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.runtime.TaskRuntime;

/** Writes a process-level variable. */
public final class SigWriteGlobalNode extends SigStatementNode {
    private final int index;
    @Child private SigExpressionNode value;

    public SigWriteGlobalNode(int index, SigExpressionNode value) {
        this.index = index;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        ((TaskRuntime) frame.getArguments()[0]).process().globals()[index] = value.execute(frame);
    }
}
