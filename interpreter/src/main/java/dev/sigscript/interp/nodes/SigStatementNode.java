package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A statement: runs for its effect. */
public abstract class SigStatementNode extends SigNode {
    public abstract void execute(VirtualFrame frame);
}
