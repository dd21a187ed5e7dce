package dev.sigscript.interp.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;

/** Reads a local variable or parameter from its frame slot. */
public final class SigReadLocalNode extends SigExpressionNode {
    private final int slot;
    private final String name;

    public SigReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        if (v == null) {
            throw SigException.error(this, "'" + name + "' is used before it is given a value");
        }
        return v;
    }
}
