package dev.sigscript.interp.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;

/** {@code let x = e} / {@code x = e} for a local variable. */
public final class SigWriteLocalNode extends SigStatementNode {
    private final int slot;
    @Child private SigExpressionNode value;

    public SigWriteLocalNode(int slot, SigExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        frame.setObject(slot, value.execute(frame));
    }
}
