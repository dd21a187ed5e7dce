package dev.sigscript.interp.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: starts the innermost loop's next iteration. */
public final class SigContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final SigContinueException INSTANCE = new SigContinueException();
}
