package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return}: unwinds to the enclosing root node with a value. */
public final class SigReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public SigReturnException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
