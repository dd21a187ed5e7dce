package dev.sigscript.interp.runtime;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Control reached a return address that an outer Java frame is waiting for (a handler rewrote
 * the saved PC, or a function reached that way returned into its caller's caller): the Java
 * stack, which only caches the emulated control stack, unwinds to that frame.
 */
public final class UnwindException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    public final long pc;
    public final long sp;

    public UnwindException(long pc, long sp) {
        this.pc = pc;
        this.sp = sp;
    }
}
