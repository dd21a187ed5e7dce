package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.sigscript.interp.nodes.SigStatementNode;

/** {@code { statements }}. */
public final class SigBlockNode extends SigStatementNode {
    @Children private final SigStatementNode[] statements;

    public SigBlockNode(SigStatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        for (SigStatementNode s : statements) {
            s.execute(frame);
        }
    }
}
