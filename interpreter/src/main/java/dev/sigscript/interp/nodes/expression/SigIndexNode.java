package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.SigList;

/** {@code list[i]}, 0-based, bounds-checked. */
public final class SigIndexNode extends SigExpressionNode {
    @Child private SigExpressionNode target;
    @Child private SigExpressionNode index;

    public SigIndexNode(SigExpressionNode target, SigExpressionNode index) {
        this.target = target;
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object t = target.execute(frame);
        Object i = index.execute(frame);
        if (t instanceof SigList l && i instanceof Long n) {
            if (n < 0 || n >= l.size()) {
                throw SigException.error(this, "index " + n + " is outside the list (size " + l.size() + ")");
            }
            return l.elements().get((int) (long) n);
        }
        throw SigException.typeError(this, "indexing", t, i);
    }
}
