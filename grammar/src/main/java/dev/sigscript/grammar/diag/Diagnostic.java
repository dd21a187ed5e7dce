package dev.sigscript.grammar.diag;

import dev.sigscript.grammar.ast.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One message about a script, located at 1-based line and column (converted to 0-based only at
 * the LSP boundary). Printed by {@link #format()} as
 * <pre>
 * rx.sig:12:9: error[SIG1003]: unknown signal 'SIGUSR3'
 *   hint: did you mean SIGUSR1?
 * </pre>
 */
public record Diagnostic(String file, int line, int column, int endColumn, Severity severity, DiagnosticCode code,
        String message, Optional<String> hint) implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Diagnostic error(String file, Span span, DiagnosticCode code, String message, String hint) {
        int end = span.endLine() == span.line() ? span.endColumn() : span.column() + 1;
        return new Diagnostic(file, span.line(), span.column(), end, Severity.ERROR, code, message,
                Optional.ofNullable(hint));
    }

    public static Diagnostic warning(String file, Span span, DiagnosticCode code, String message, String hint) {
        int end = span.endLine() == span.line() ? span.endColumn() : span.column() + 1;
        return new Diagnostic(file, span.line(), span.column(), end, Severity.WARNING, code, message,
                Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return the one-line header, without the hint} */
    public String header() {
        return file + ":" + line + ":" + column + ": " + severity.label() + "[" + code.code() + "]: " + message;
    }

    /** {@return the header and, when there is one, the hint line} */
    public String format() {
        return hint.map(h -> header() + "\n  hint: " + h).orElse(header());
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
