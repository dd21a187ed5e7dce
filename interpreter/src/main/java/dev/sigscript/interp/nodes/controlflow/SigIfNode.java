package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.SigStatementNode;
import dev.sigscript.interp.runtime.Values;

/** {@code if cond { then } else { orElse }}. */
public final class SigIfNode extends SigStatementNode {
    @Child private SigExpressionNode cond;
    @Child private SigStatementNode then;
    @Child private SigStatementNode orElse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public SigIfNode(SigExpressionNode cond, SigStatementNode then, SigStatementNode orElse) {
        this.cond = cond;
        this.then = then;
        this.orElse = orElse;
    }

    @Override
    public void execute(VirtualFrame frame) {
        if (profile.profile(Values.isTruthy(cond.execute(frame)))) {
            then.execute(frame);
        } else if (orElse != null) {
            orElse.execute(frame);
        }
    }
}
