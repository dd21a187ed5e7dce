package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RepeatingNode;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.Values;

/**
 * One iteration of {@code while} / {@code loop}: checks the condition (none for loop), runs the
 * body, handles break and continue, and counts a step against the run's budget so an endless
 * loop ends the run with a message instead of hanging the tool.
 */
public final class SigLoopBodyNode extends SigNode implements RepeatingNode {
    @Child private SigExpressionNode cond;
    @Child private SigStatementNode body;

    public SigLoopBodyNode(SigExpressionNode cond, SigStatementNode body) {
        this.cond = cond;
        this.body = body;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
        ((TaskRuntime) frame.getArguments()[0]).scenario().kernel().scheduler().tick();
        if (cond != null && !Values.isTruthy(cond.execute(frame))) {
            return false;
        }
        try {
            body.execute(frame);
            return true;
        } catch (SigContinueException c) {
            return true;
        } catch (SigBreakException b) {
            return false;
        }
    }
}
