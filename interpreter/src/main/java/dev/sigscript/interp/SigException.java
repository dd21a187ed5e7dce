package dev.sigscript.interp;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import dev.sigscript.grammar.diag.DiagnosticCode;
import dev.sigscript.interp.nodes.SigNode;
import dev.sigscript.interp.runtime.Values;

/**
 * A run-time script error: it names the location and the operation, as
 * {@code at rx.sig:14:5: kill: no such process 'tx2'}. It ends the run with exit code 2.
 */
public final class SigException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final DiagnosticCode code;
    private final String location;

    private SigException(String message, Node node, DiagnosticCode code) {
        super(message, node);
        this.code = code;
        this.location = node instanceof SigNode s ? s.location() : null;
    }

    public DiagnosticCode code() {
        return code;
    }

    /** {@return "file:line:col" of the failing node, or null} */
    public String location() {
        return location;
    }

    @TruffleBoundary
    public static SigException typeError(Node node, String operation, Object... values) {
        StringBuilder sb = new StringBuilder(operation).append(": not defined for ");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : " and ").append(Values.typeName(values[i])).append(' ')
                    .append(Values.display(values[i]));
        }
        return new SigException(sb.toString(), node, DiagnosticCode.RUNTIME_TYPE_ERROR);
    }

    @TruffleBoundary
    public static SigException error(Node node, String message) {
        return new SigException(message, node, DiagnosticCode.RUNTIME_ERROR);
    }
}
