package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;

/** {@code while cond { body }} and {@code loop { body }} (no condition), through Truffle's LoopNode for OSR. */
public final class SigWhileNode extends SigStatementNode {
    @Child private LoopNode loop;

    public SigWhileNode(SigExpressionNode cond, SigStatementNode body) {
        this.loop = Truffle.getRuntime().createLoopNode(new SigLoopBodyNode(cond, body));
    }

    @Override
    public void execute(VirtualFrame frame) {
        loop.execute(frame);
    }
}
