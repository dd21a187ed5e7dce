package dev.sigscript.grammar;

import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Collects every syntax error as a {@link Diagnostic} saying, in words, what was expected
 * ({@link ExpectedNames}), with a hint where the likely fix is known. ANTLR's message text is
 * ignored.
 */
final class SyntaxErrorListener extends BaseErrorListener {

    /** Tokens that start something only an enclosing construct may hold: a sign of a missing '}'. */
    private static final IntervalSet OUTER_START = new IntervalSet(Token.EOF, SigLexer.SCENARIO, SigLexer.PROCESS,
            SigLexer.HANDLER, SigLexer.FN, SigLexer.THREAD, SigLexer.AT, SigLexer.EVERY);

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    SyntaxErrorListener(String file) {
        this.file = file;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String ignored,
            RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token token = offendingSymbol instanceof Token t ? t : parser.getCurrentToken();
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        boolean misreadCall = isMisreadCall(parser, ctx);
        if (misreadCall) {
            expected = expected.or(IntervalSet.of(SigLexer.COMMA));
        }
        ParserRuleContext body = enclosingBody(ctx);
        String message;
        String hint = null;
        if (expected.contains(SigLexer.RBRACE) && body != null && OUTER_START.contains(token.getType())) {
            Token open = openingBrace(body);
            message = "expected '}' to close the " + bodyName(body) + " opened at " + open.getLine() + ":"
                    + (open.getCharPositionInLine() + 1);
        } else {
            message = "expected " + ExpectedNames.describe(expected);
            hint = misreadCall && ExpectedNames.EXPRESSION_START.contains(token.getType())
                    ? "separate arguments with ','" : hint(token, ctx, expected);
        }
        Diagnostic diagnostic = Diagnostic.error(file, Spans.of(token), DiagnosticCode.SYNTAX_ERROR, message, hint);
        // One syntax error per line: the parser's recovery often trips again a token later.
        if (diagnostics.isEmpty() || diagnostics.getLast().line() != diagnostic.line()) {
            diagnostics.add(diagnostic);
        }
    }

    private static String hint(Token token, ParserRuleContext ctx, IntervalSet expected) {
        int type = token.getType();
        if (expected.contains(SigLexer.COMMA) && ExpectedNames.EXPRESSION_START.contains(type)) {
            for (RuleContext c = ctx; c != null; c = c.parent) {
                switch (c) {
                    case SigParser.ArgumentsContext a -> { return "separate arguments with ','"; }
                    case SigParser.ParametersContext p -> { return "separate parameters with ','"; }
                    case SigParser.ListLiteralContext l -> { return "separate elements with ','"; }
                    case SigParser.SigSetLiteralContext s -> { return "separate signals with ','"; }
                    default -> { }
                }
            }
        }
        if (type == SigLexer.ASSIGN) {
            return "use '==' to compare";
        }
        if (expected.contains(SigLexer.IDENT) && type >= SigLexer.SCENARIO && type <= SigLexer.FALSE) {
            return "'" + token.getText() + "' is a keyword and cannot be a name";
        }
        if (expected.contains(SigLexer.DURATION) && type == SigLexer.INT) {
            return "a duration needs a unit: " + token.getText() + "ms, " + token.getText() + "s (units are ns, us, ms, s)";
        }
        if (expected.contains(SigLexer.STRING) && ctx instanceof SigParser.ScenarioContext) {
            return "give the scenario a title: scenario \"what it shows\" { ... }";
        }
        if (expected.contains(SigLexer.LBRACE) && !expected.contains(SigLexer.IDENT) && isBlockOwner(ctx)) {
            return "bodies are always written in braces: { ... }";
        }
        return null;
    }

    /**
     * Whether the error is inside {@code (...)} that starts a statement right after an
     * expression: {@code f(a b)} is read, once the call fails, as {@code f} and a new statement
     * {@code (a b)}; but by the language's rule a '(' after an expression continues it as a
     * call, so the error is reported as one in call arguments.
     */
    private static boolean isMisreadCall(Parser parser, ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof SigParser.ParenExprContext paren) {
                ParserRuleContext statement = paren;
                while (statement != null && !(statement instanceof SigParser.ExpressionStatementContext)) {
                    statement = statement.getParent();
                }
                if (statement == null || statement.getStart() != paren.getStart()) {
                    return false;
                }
                Token before = previousOnChannel(parser, paren.getStart());
                return before != null && EXPRESSION_END.contains(before.getType());
            }
            if (c instanceof SigParser.StatementContext) {
                return false;
            }
        }
        return false;
    }

    private static final IntervalSet EXPRESSION_END = new IntervalSet(SigLexer.IDENT, SigLexer.RPAREN,
            SigLexer.RBRACKET, SigLexer.SIGNAL, SigLexer.INT, SigLexer.STRING, SigLexer.DURATION, SigLexer.TRUE,
            SigLexer.FALSE).or(ExpectedNames.NAMES);

    private static Token previousOnChannel(Parser parser, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = parser.getTokenStream().get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private static boolean isBlockOwner(ParserRuleContext ctx) {
        return ctx instanceof SigParser.IfClauseContext || ctx instanceof SigParser.WhileStatementContext
                || ctx instanceof SigParser.ForStatementContext || ctx instanceof SigParser.LoopStatementContext
                || ctx instanceof SigParser.HandlerDeclContext || ctx instanceof SigParser.FnDeclContext
                || ctx instanceof SigParser.ThreadDeclContext || ctx instanceof SigParser.ProcessDeclContext;
    }

    private static ParserRuleContext enclosingBody(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof SigParser.BlockContext || c instanceof SigParser.ProcessDeclContext
                    || c instanceof SigParser.ScenarioContext) {
                return openingBrace(c) != null ? c : null;
            }
        }
        return null;
    }

    private static Token openingBrace(ParserRuleContext body) {
        return switch (body) {
            case SigParser.BlockContext b -> b.LBRACE() == null ? null : b.LBRACE().getSymbol();
            case SigParser.ProcessDeclContext p -> p.LBRACE() == null ? null : p.LBRACE().getSymbol();
            case SigParser.ScenarioContext s -> s.LBRACE() == null ? null : s.LBRACE().getSymbol();
            default -> null;
        };
    }

    private static String bodyName(ParserRuleContext body) {
        return switch (body) {
            case SigParser.ScenarioContext s -> "scenario";
            case SigParser.ProcessDeclContext p -> "process body";
            default -> switch (body.getParent()) {
                case SigParser.HandlerDeclContext h -> "handler body";
                case SigParser.FnDeclContext f -> "function body";
                case SigParser.ThreadDeclContext t -> "thread body";
                case SigParser.WhileStatementContext w -> "'while' body";
                case SigParser.LoopStatementContext l -> "'loop' body";
                case SigParser.ForStatementContext f -> "'for' body";
                case SigParser.ExecStatementContext x -> "'exec' block";
                case SigParser.ForkExprContext f -> "'fork' block";
                case SigParser.IfClauseContext i -> i.then == body ? "'if' block" : "'else' block";
                case null, default -> "block";
            };
        };
    }
}
