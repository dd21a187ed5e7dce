package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.Script;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Syntax rules the grammar leaves to a pass over the AST because they read better here than
 * as grammar alternatives: what may be assigned to, named arguments after positional ones, and
 * {@code dump}'s argument on the same line.
 */
final class SyntaxRules {

    private SyntaxRules() {}

    static List<Diagnostic> check(Script script, String file) {
        List<Diagnostic> out = new ArrayList<>();
        AstNodes.walk(script, node -> {
            switch (node) {
                case Stmt.Assign a when !isAssignable(a.target()) -> out.add(Diagnostic.error(file, a.target().span(),
                        DiagnosticCode.SYNTAX_ERROR, "cannot assign to this expression",
                        "assign to a name, a field (a.b) or an element (a[i])"));
                case Expr.Call c -> checkArguments(c, file, out);
                case Stmt.Dump d when d.arg().isPresent() && d.arg().get().span().line() > d.whatSpan().line() ->
                        out.add(Diagnostic.error(file, d.arg().get().span(), DiagnosticCode.SYNTAX_ERROR,
                                "the argument of 'dump " + d.what() + "' must be on the same line",
                                "end the statement with ';' after 'dump " + d.what() + "'"));
                default -> { }
            }
        });
        return out;
    }

    private static boolean isAssignable(Expr target) {
        return target instanceof Expr.Name || target instanceof Expr.Member || target instanceof Expr.Index;
    }

    private static void checkArguments(Expr.Call call, String file, List<Diagnostic> out) {
        boolean named = false;
        for (Arg arg : call.args()) {
            if (arg.isNamed()) {
                named = true;
            } else if (named) {
                out.add(Diagnostic.error(file, arg.span(), DiagnosticCode.SYNTAX_ERROR,
                        "positional argument after a named argument", "put named arguments last"));
                return;
            }
        }
    }
}
