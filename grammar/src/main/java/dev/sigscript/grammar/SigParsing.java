package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Script;
import dev.sigscript.grammar.ast.SourceFile;
import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The grammar module's entry point: text in, {@link ParseResult} out. Never throws for any
 * input; every problem is a {@link Diagnostic}.
 *
 * <p>Steps: lex; report and repair malformed tokens ({@link LexicalChecks}); parse in SLL mode
 * with a bailing strategy and, only if that fails, again in full LL mode with
 * {@link SigErrorStrategy} and {@link SyntaxErrorListener}, which collect every syntax error
 * (Trino's SqlParser does the same); when there is none, build the AST ({@link AstBuilder})
 * and check the rules the grammar leaves open ({@link SyntaxRules}).
 */
public final class SigParsing {

    private SigParsing() {}

    public static ParseResult parse(String text, String fileName) {
        SourceFile file = new SourceFile(fileName, text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<Script> ast = Optional.empty();
        try {
            SigLexer lexer = new SigLexer(CharStreams.fromString(text, fileName));
            lexer.removeErrorListeners();
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            List<Token> echoes = tokensAfterUnterminatedStrings(tokens.getTokens());
            diagnostics.addAll(LexicalChecks.checkAndRepair(tokens.getTokens(), fileName));
            SigParser.ScriptContext tree = parseTree(tokens, fileName, diagnostics, echoes);
            if (diagnostics.isEmpty()) {
                Script script = new AstBuilder(file).buildScript(tree);
                diagnostics.addAll(SyntaxRules.check(script, fileName));
                ast = diagnostics.isEmpty() ? Optional.of(script) : Optional.empty();
            }
        } catch (StackOverflowError e) {
            diagnostics.add(Diagnostic.error(fileName, new Span(1, 1, 1, 2, 0, 1), DiagnosticCode.SYNTAX_ERROR,
                    "the script is nested too deeply to parse", "split deep expressions with 'let'"));
            ast = Optional.empty();
        }
        return new ParseResult(file, ast, diagnostics.stream().sorted().toList());
    }

    /**
     * {@return the first token after each unterminated string} The string swallowed what
     * should have come before it (a ')' say), so a syntax error there is an echo of the
     * lexical one and is not reported.
     */
    private static List<Token> tokensAfterUnterminatedStrings(List<Token> tokens) {
        List<Token> echoes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() == SigLexer.UNTERMINATED_STRING) {
                tokens.subList(i + 1, tokens.size()).stream()
                        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != SigLexer.ERROR_CHAR)
                        .findFirst().ifPresent(echoes::add);
            }
        }
        return echoes;
    }

    private static SigParser.ScriptContext parseTree(CommonTokenStream tokens, String fileName,
            List<Diagnostic> diagnostics, List<Token> echoes) {
        SigParser parser = new SigParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.script();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new SigErrorStrategy());
            SyntaxErrorListener listener = new SyntaxErrorListener(fileName);
            parser.addErrorListener(listener);
            SigParser.ScriptContext tree = parser.script();
            // A line with a lexical error keeps only that: the syntax error there is its echo.
            for (Diagnostic syntax : listener.diagnostics()) {
                boolean echo = echoes.stream().anyMatch(
                        t -> t.getLine() == syntax.line() && t.getCharPositionInLine() + 1 == syntax.column());
                if (!echo && diagnostics.stream().noneMatch(d -> d.line() == syntax.line())) {
                    diagnostics.add(syntax);
                }
            }
            return tree;
        }
    }
}
