package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.kernel.abi.SigSet;

/** {@code {SIGUSR1, SIGUSR2}}: elements are signal numbers (or sets, which are merged). */
public final class SigSetLiteralNode extends SigExpressionNode {
    @Children private final SigExpressionNode[] elements;

    public SigSetLiteralNode(SigExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        long bits = 0;
        for (SigExpressionNode e : elements) {
            Object v = e.execute(frame);
            if (v instanceof Long sig && sig >= 1 && sig <= 64) {
                bits |= SigSet.bit((int) (long) sig);
            } else if (v instanceof SigSetValue s) {
                bits |= s.set().bits();
            } else {
                throw SigException.typeError(e, "signal set element", v);
            }
        }
        return new SigSetValue(new SigSet(bits));
    }
}
