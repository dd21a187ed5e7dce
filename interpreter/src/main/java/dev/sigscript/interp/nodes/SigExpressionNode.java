package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/** An expression: produces a value. */
public abstract class SigExpressionNode extends SigNode {
    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }
}
