package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Reports malformed tokens (bad numbers and durations, unterminated strings and comments,
 * unknown characters, bad escapes, out-of-range integers) once each, with a hint, and repairs
 * them in place so that the parser does not report them a second time: a bad number becomes
 * an INT or DURATION, an unterminated string a STRING, a stray character or unterminated
 * comment goes to the hidden channel.
 */
final class LexicalChecks {

    private static final String DURATION_UNITS = "units are ns, us, ms, s";

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private LexicalChecks(String file) {
        this.file = file;
    }

    /** {@return the diagnostics for tokens; the bad tokens are repaired as described above} */
    static List<Diagnostic> checkAndRepair(List<Token> tokens, String file) {
        LexicalChecks checks = new LexicalChecks(file);
        for (Token token : tokens) {
            checks.check((CommonToken) token);
        }
        return checks.diagnostics;
    }

    private void check(CommonToken token) {
        String text = token.getText();
        switch (token.getType()) {
            case SigLexer.INT -> {
                if (Literals.integer(text).isEmpty()) {
                    error(token, DiagnosticCode.INTEGER_OUT_OF_RANGE, "integer " + text + " is out of range",
                            "integers are 64-bit: at most 9223372036854775807 (hex: 0xffffffffffffffff)");
                }
            }
            case SigLexer.DURATION -> checkDuration(token, text);
            case SigLexer.SIGNAL -> {
                if (Literals.signalOffset(text).isEmpty()) {
                    error(token, DiagnosticCode.INTEGER_OUT_OF_RANGE, "signal offset in " + text + " is out of range", null);
                }
            }
            case SigLexer.STRING -> {
                for (Literals.BadEscape bad : Literals.badEscapes(text)) {
                    Span at = Spans.of(token);
                    int column = at.column() + text.codePointCount(0, bad.offset());
                    int start = at.start() + bad.offset();
                    Span span = new Span(at.line(), column, at.line(), column + bad.text().length(), start,
                            start + bad.text().length());
                    diagnostics.add(Diagnostic.error(file, span, DiagnosticCode.INVALID_ESCAPE,
                            "invalid escape '" + bad.text() + "' in string",
                            "escapes are \\n, \\t, \\r, \\\\, \\\", \\0 and \\xHH"));
                }
            }
            case SigLexer.BAD_NUMBER -> checkBadNumber(token, text);
            case SigLexer.UNTERMINATED_STRING -> {
                error(token, DiagnosticCode.UNTERMINATED_STRING, "unterminated string", "close the string with \"");
                token.setType(SigLexer.STRING);
            }
            case SigLexer.UNTERMINATED_COMMENT -> {
                error(token, DiagnosticCode.SYNTAX_ERROR, "unterminated comment", "close the comment with */");
                token.setChannel(Token.HIDDEN_CHANNEL);
            }
            case SigLexer.ERROR_CHAR -> {
                unknownCharacter(token, text);
                token.setChannel(Token.HIDDEN_CHANNEL);
            }
            default -> { }
        }
    }

    private void checkDuration(CommonToken token, String text) {
        if (Literals.durationNanos(text).isPresent()) {
            return;
        }
        BigDecimal exact = Literals.durationExact(text);
        if (exact.stripTrailingZeros().scale() > 0) {
            error(token, DiagnosticCode.INVALID_DURATION, "duration " + text + " is not a whole number of nanoseconds",
                    "use a smaller unit: " + DURATION_UNITS);
        } else {
            error(token, DiagnosticCode.INTEGER_OUT_OF_RANGE, "duration " + text + " is out of range",
                    "durations are at most 9223372036854775807ns (about 292 years)");
        }
    }

    private void checkBadNumber(CommonToken token, String text) {
        boolean hasLetter = text.chars().anyMatch(Character::isLetter);
        if (text.startsWith("0x") || text.startsWith("0X")) {
            error(token, DiagnosticCode.SYNTAX_ERROR, "invalid hexadecimal integer '" + text + "'",
                    "hex digits are 0-9 and a-f");
            token.setType(SigLexer.INT);
        } else if (!hasLetter) {
            error(token, DiagnosticCode.SYNTAX_ERROR, "invalid number '" + text + "'",
                    "integers have no fraction; a duration needs a unit, e.g. " + text + "s");
            token.setType(SigLexer.INT);
        } else {
            error(token, DiagnosticCode.INVALID_DURATION, "invalid duration '" + text + "'", DURATION_UNITS);
            token.setType(SigLexer.DURATION);
        }
    }

    private void unknownCharacter(CommonToken token, String text) {
        int cp = text.codePointAt(0);
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
                ? String.format("U+%04X", cp) : "'" + text + "'";
        String hint = switch (text) {
            case "#" -> "comments start with //";
            case "'" -> "strings use double quotes: \"...\"";
            case "?" -> "there is no conditional operator; use if/else";
            case "^" -> "there is no xor operator; use (a | b) & ~(a & b)";
            case "@", "$", "`", "\\" -> "remove it";
            default -> cp > 127 ? "sigscript source is ASCII outside strings and comments" : null;
        };
        error(token, DiagnosticCode.INVALID_CHARACTER, "unexpected character " + shown, hint);
    }

    private void error(Token token, DiagnosticCode code, String message, String hint) {
        diagnostics.add(Diagnostic.error(file, Spans.of(token), code, message, hint));
    }
}
