package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code break}: leaves the innermost loop. */
public final class SigBreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final SigBreakException INSTANCE = new SigBreakException();
}
