package dev.sigscript.interp.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.TaskRuntime;

/** Reads a process-level variable (shared by the body, handlers and functions, like a C global). */
public final class SigReadGlobalNode extends SigExpressionNode {
    private final int index;
    private final String name;

    public SigReadGlobalNode(int index, String name) {
        this.index = index;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = ((TaskRuntime) frame.getArguments()[0]).process().globals()[index];
        if (v == null) {
            throw SigException.error(this, "'" + name + "' is used before it is given a value");
        }
        return v;
    }
}
