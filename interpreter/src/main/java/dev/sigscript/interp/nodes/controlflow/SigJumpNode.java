package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;

/** {@code break}, {@code continue} and {@code return [value]}. */
public final class SigJumpNode extends SigStatementNode {
    public enum Kind { BREAK, CONTINUE, RETURN }

    private final Kind kind;
    @Child private SigExpressionNode value;

    public SigJumpNode(Kind kind, SigExpressionNode value) {
        this.kind = kind;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        switch (kind) {
            case BREAK -> throw SigBreakException.INSTANCE;
            case CONTINUE -> throw SigContinueException.INSTANCE;
            case RETURN -> throw new SigReturnException(value == null ? 0L : value.execute(frame));
        }
    }
}
