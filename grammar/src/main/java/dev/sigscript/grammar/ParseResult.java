package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Script;
import dev.sigscript.grammar.ast.SourceFile;
import dev.sigscript.grammar.diag.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SigParsing#parse} found: the AST, present only when there are no errors, and
 * every diagnostic, sorted by position.
 */
public record ParseResult(SourceFile file, Optional<Script> ast, List<Diagnostic> diagnostics) {

    public ParseResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ast, "ast");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** {@return every diagnostic in {@link Diagnostic#format()} form, one per line (hints on their own lines)} */
    public String formatDiagnostics() {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d.format()).append('\n'));
        return out.toString();
    }
}
