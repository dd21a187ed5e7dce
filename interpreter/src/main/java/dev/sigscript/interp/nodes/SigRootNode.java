package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.RootNode;
import dev.sigscript.interp.nodes.controlflow.SigReturnException;

/**
 * The root of a process body, handler or function. Frame arguments: [0] the TaskRuntime,
 * then the parameters. Returns the value of {@code return}, or 0 when the body falls off its end
 * (what main's {@code return 0} gives the exit stub).
 */
public final class SigRootNode extends RootNode {
    @Child private SigStatementNode body;
    private final String name;

    public SigRootNode(TruffleLanguage<?> language, FrameDescriptor frame, SigStatementNode body, String name) {
        super(language, frame);
        this.body = body;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.execute(frame);
            return 0L;
        } catch (SigReturnException r) {
            return r.value();
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
