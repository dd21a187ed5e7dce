package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;

/** A constant: literals, and names the translator resolved to constants (SA_RESTART, EINTR, a process). */
public final class SigLiteralNode extends SigExpressionNode {
    private final Object value;

    public SigLiteralNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}
