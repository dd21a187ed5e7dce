package dev.sigscript.interp.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;

/** Reads frame argument {@code index} (0 is the TaskRuntime; parameters start at 1). */
public final class SigReadArgNode extends SigExpressionNode {
    private final int index;

    public SigReadArgNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        return index < args.length ? args[index] : 0L;
    }
}
