package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.grammar.ast.UnaryOp;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.abi.SigSet;

/** {@code !x}, {@code -x}, {@code ~x} (on a signal set: its complement, like sigfillset minus the set). */
public final class SigUnaryNode extends SigExpressionNode {
    private final UnaryOp op;
    @Child private SigExpressionNode operand;

    public SigUnaryNode(UnaryOp op, SigExpressionNode operand) {
        this.op = op;
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = operand.execute(frame);
        switch (op) {
            case NOT:
                return !Values.isTruthy(v);
            case NEG:
                if (v instanceof Long l) {
                    return -l;
                }
                break;
            case BIT_NOT:
                if (v instanceof Long l) {
                    return ~l;
                }
                if (v instanceof SigSetValue s) {
                    return new SigSetValue(SigSet.FULL.minus(s.set()));
                }
                break;
        }
        throw SigException.typeError(this, "'" + op.symbol() + "'", v);
    }
}
