package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.SigList;
import java.util.ArrayList;
import java.util.List;

/** {@code [a, b, c]}: a new list each time it is evaluated. */
public final class SigListLiteralNode extends SigExpressionNode {
    @Children private final SigExpressionNode[] elements;

    public SigListLiteralNode(SigExpressionNode[] elements) {
        this.elements = elements;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        List<Object> values = new ArrayList<>(elements.length);
        for (SigExpressionNode e : elements) {
            values.add(e.execute(frame));
        }
        return new SigList(values);
    }
}
