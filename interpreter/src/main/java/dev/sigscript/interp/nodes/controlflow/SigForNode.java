package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.runtime.TaskRuntime;

/** {@code for i in from..to { body }}: both ends inclusive; the bounds are evaluated once. */
public final class SigForNode extends SigStatementNode {
    private final int slot;
    @Child private SigExpressionNode from;
    @Child private SigExpressionNode to;
    @Child private SigStatementNode body;

    public SigForNode(int slot, SigExpressionNode from, SigExpressionNode to, SigStatementNode body) {
        this.slot = slot;
        this.from = from;
        this.to = to;
        this.body = body;
    }

    @Override
    public void execute(VirtualFrame frame) {
        Object a = from.execute(frame);
        Object b = to.execute(frame);
        if (!(a instanceof Long lo) || !(b instanceof Long hi)) {
            throw SigException.typeError(this, "for .. range", a, b);
        }
        TaskRuntime t = (TaskRuntime) frame.getArguments()[0];
        for (long i = lo; i <= hi; i++) {
            t.scenario().kernel().scheduler().tick();
            frame.setObject(slot, i);
            try {
                body.execute(frame);
            } catch (SigContinueException c) {
                // next iteration
            } catch (SigBreakException e) {
                break;
            }
        }
    }
}
