package dev.sigscript.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad inputs, one per test: the first diagnostic's code, place, message and hint. */
class SyntaxErrorsTest {

    private static final String P = "scenario \"t\" {\nprocess p {\n";
    private static final String END = "\n}\n}\n";

    @Test
    void missingCommaBetweenArguments() {
        assertError(P + "sigaction(SIGUSR1 h)" + END, 3, 19, DiagnosticCode.SYNTAX_ERROR,
                "expected ',' or ')'", "separate arguments with ','");
    }

    @Test
    void unterminatedString() {
        assertError(P + "print(\"abc)" + END, 3, 7, DiagnosticCode.UNTERMINATED_STRING, "unterminated string",
                "close the string with \"");
    }

    @Test
    void unknownCharacter() {
        assertError(P + "x = 1 @ 2" + END, 3, 7, DiagnosticCode.INVALID_CHARACTER, "unexpected character '@'",
                "remove it");
    }

    @Test
    void durationWithUnknownUnit() {
        assertError(P + "sleep(10xs)" + END, 3, 7, DiagnosticCode.INVALID_DURATION, "invalid duration '10xs'",
                "units are ns, us, ms, s");
    }

    @Test
    void integerWithoutUnitIsFine() {
        assertTrue(SigParsing.parse(P + "sleep(10)" + END, "t.sig").diagnostics().isEmpty());
    }

    @Test
    void missingExpression() {
        assertError(P + "let x = )" + END, 3, 9, DiagnosticCode.SYNTAX_ERROR, "expected <expression>", null);
    }

    @Test
    void unclosedProcessBodyNamesWhereItOpened() {
        assertError("scenario \"t\" {\n  process p {\n    loop { }\n  process q { }\n}\n", 4, 3,
                DiagnosticCode.SYNTAX_ERROR, "expected '}' to close the process body opened at 2:13", null);
    }

    @Test
    void unclosedHandlerAtEndOfFile() {
        assertError(P + "handler h(s) {", 3, 15, DiagnosticCode.SYNTAX_ERROR,
                "expected '}' to close the handler body opened at 3:14", null);
    }

    @Test
    void keywordUsedAsName() {
        assertError(P + "var while = 1" + END, 3, 5, DiagnosticCode.SYNTAX_ERROR, "expected <name>",
                "'while' is a keyword and cannot be a name");
    }

    @Test
    void eventTimeWithoutUnit() {
        assertError("scenario \"t\" {\nat 10: kill(p, SIGINT)\n}\n", 2, 4, DiagnosticCode.SYNTAX_ERROR,
                "expected <duration>", "a duration needs a unit: 10ms, 10s (units are ns, us, ms, s)");
    }

    @Test
    void singleEqualsInCondition() {
        assertError(P + "if x = 1 { }" + END, 3, 6, DiagnosticCode.SYNTAX_ERROR, "expected '{'",
                "use '==' to compare");
    }

    @Test
    void invalidEscape() {
        assertError(P + "print(\"a\\qb\")" + END, 3, 9, DiagnosticCode.INVALID_ESCAPE, "invalid escape '\\q' in string",
                "escapes are \\n, \\t, \\r, \\\\, \\\", \\0 and \\xHH");
    }

    @Test
    void integerOutOfRange() {
        assertError(P + "x = 9223372036854775808" + END, 3, 5, DiagnosticCode.INTEGER_OUT_OF_RANGE,
                "integer 9223372036854775808 is out of range",
                "integers are 64-bit: at most 9223372036854775807 (hex: 0xffffffffffffffff)");
    }

    @Test
    void missingCommaInSignalSet() {
        assertError(P + "sigprocmask(SIG_BLOCK, {SIGUSR1 SIGUSR2})" + END, 3, 33, DiagnosticCode.SYNTAX_ERROR,
                "expected ',' or '}'", "separate signals with ','");
    }

    @Test
    void missingTitle() {
        assertError("scenario { }", 1, 10, DiagnosticCode.SYNTAX_ERROR, "expected <string>",
                "give the scenario a title: scenario \"what it shows\" { ... }");
    }

    @Test
    void emptyFile() {
        assertError("", 1, 1, DiagnosticCode.SYNTAX_ERROR, "expected 'scenario'", null);
    }

    @Test
    void killedWithoutBy() {
        assertError("scenario \"t\" {\nexpect p killed SIGKILL\n}\n", 2, 17, DiagnosticCode.SYNTAX_ERROR,
                "expected 'by'", null);
    }

    @Test
    void cannotAssignToACall() {
        assertError(P + "f() = 1" + END, 3, 1, DiagnosticCode.SYNTAX_ERROR, "cannot assign to this expression",
                "assign to a name, a field (a.b) or an element (a[i])");
    }

    @Test
    void everyErrorIsCollected() {
        ParseResult result = SigParsing.parse(P + "let a = [1 2]\nlet b = )\nsleep(3xs)" + END, "t.sig");
        assertEquals(3, result.diagnostics().size(), result.formatDiagnostics());
        assertEquals(Optional.empty(), result.ast());
    }

    private static void assertError(String text, int line, int column, DiagnosticCode code, String message,
            String hint) {
        ParseResult result = SigParsing.parse(text, "t.sig");
        assertTrue(result.hasErrors(), "expected an error in:\n" + text);
        Diagnostic first = result.diagnostics().getFirst();
        String all = result.formatDiagnostics();
        assertEquals(message, first.message(), all);
        assertEquals(line + ":" + column, first.line() + ":" + first.column(), all);
        assertEquals(code, first.code(), all);
        assertEquals(Optional.ofNullable(hint), first.hint(), all);
        assertTrue(result.ast().isEmpty());
    }
}
