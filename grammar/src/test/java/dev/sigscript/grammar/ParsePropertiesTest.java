package dev.sigscript.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded properties (plain JUnit, fixed seeds so failures reproduce): parsing never throws, and
 * every generated well-formed script parses without diagnostics.
 */
class ParsePropertiesTest {

    private static final String[] SOUP = {"scenario", "process", "handler", "fn", "thread", "let", "var", "if",
            "else", "while", "loop", "for", "in", "break", "continue", "return", "expect", "dump", "at", "every",
            "from", "fork", "exec", "true", "false", "exited", "killed", "by", "core", "dumped", "times", "always",
            "{", "}", "(", ")", "[", "]", ",", ";", ":", ".", "..", "=", "+=", "==", "!=", "<", "<=", "||", "&&",
            "|", "&", "+", "-", "*", "/", "%", "!", "~", "x", "SIGUSR1", "SIGRTMIN+2", "SIG_BLOCK", "0", "0x1f",
            "10ms", "1.5s", "10xs", "1.5", "\"s\"", "\"unterminated", "/*", "*/", "//", "\n", "#", "\\", "'",
            "\u00e9", "\"\\q\""};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 99991, 0xC0FFEE, 7_000_000_007L})
    void tokenSoupNeverThrows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "scenario \"t\" { process p { " : "");
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? String.valueOf((char) random.nextInt(1, 128))
                        : SOUP[random.nextInt(SOUP.length)]);
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            ParseResult result = SigParsing.parse(text.toString(), "soup.sig");
            assertEquals(result.hasErrors(), result.ast().isEmpty(), text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 99991, 0xC0FFEE, 7_000_000_007L})
    void wellFormedScriptsParseWithoutErrors(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 100; round++) {
            String text = new ScriptGenerator(random).script();
            ParseResult result = SigParsing.parse(text, "gen.sig");
            assertEquals("", result.formatDiagnostics(), text);
            assertTrue(result.ast().isPresent());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 20000})
    void deepNestingIsADiagnosticNotACrash(int depth) {
        String text = "scenario \"t\" { process p { x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + " } }";
        ParseResult result = SigParsing.parse(text, "deep.sig");
        assertEquals(result.hasErrors(), result.ast().isEmpty());
    }

    /** Random well-formed scripts: every form of the language, nested to a small depth. */
    private record ScriptGenerator(SplittableRandom random) {

        String script() {
            StringBuilder out = new StringBuilder();
            for (int s = 0, n = 1 + random.nextInt(2); s < n; s++) {
                out.append("scenario \"s").append(s).append("\" {\n");
                for (int i = 0, items = random.nextInt(6); i < items; i++) {
                    out.append(scenarioItem()).append('\n');
                }
                out.append("}\n");
            }
            return out.toString();
        }

        private String scenarioItem() {
            return switch (random.nextInt(8)) {
                case 0 -> pick("arch x86_64", "seed 7", "rlimit RLIMIT_SIGPENDING 3", "restorer libc");
                case 1 -> "let shared = " + expr(2);
                case 2 -> "at " + pick("1s", "5ms", "0ns") + ": kill(p, SIGUSR1)" + pick("", " from q");
                case 3 -> "every 1ms times 3: raise(SIGINT)";
                case 4 -> "expect " + pick("", "always ", "sometimes ") + pick("p exited 0",
                        "p killed by SIGKILL core dumped", "p stopped by SIGSTOP", "p printed \"x\"",
                        "p handled SIGUSR1 2 times", "p.x == 1");
                default -> process();
            };
        }

        private String process() {
            StringBuilder out = new StringBuilder("process " + pick("p", "q", "times") + pick("", " uid 0", " pgrp g")
                    + " {\n");
            for (int i = 0, n = random.nextInt(5); i < n; i++) {
                out.append(switch (random.nextInt(5)) {
                    case 0 -> "handler h(sig, info, ctx) " + block(2);
                    case 1 -> "fn f(a, b) " + block(2);
                    case 2 -> "thread t " + block(2);
                    default -> stmt(2);
                }).append(pick("\n", ";\n", " ; "));
            }
            return out.append("}").toString();
        }

        private String block(int depth) {
            StringBuilder out = new StringBuilder("{ ");
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                out.append(stmt(depth - 1)).append(pick("\n", "; ", ";\n"));
            }
            return out.append("}").toString();
        }

        private String stmt(int depth) {
            if (depth <= 0) {
                return "x = " + expr(0);
            }
            return switch (random.nextInt(15)) {
                case 0 -> pick("let ", "var ") + "v = " + expr(depth);
                case 1 -> "x.y" + pick(" = ", " += ", " -= ", " *= ", " |= ", " &= ") + expr(depth);
                case 2 -> "if " + expr(depth) + " " + block(depth) + pick("", " else " + block(depth),
                        " else if c " + block(depth));
                case 3 -> "while " + expr(depth) + " " + block(depth);
                case 4 -> "loop " + block(depth);
                case 5 -> "for i in " + expr(depth - 1) + ".." + expr(depth - 1) + " " + block(depth);
                // A bare return or dump ends with ';': the next line could otherwise be its operand.
                case 6 -> pick("break", "continue", "return;", "return 1");
                case 7 -> "expect " + expr(depth);
                case 8 -> "dump " + pick("frame;", "regs;", "mask tx", "pending;");
                case 9 -> "exec " + block(depth);
                default -> call(depth);
            };
        }

        private String call(int depth) {
            return pick("kill", "sigaction", "x.push") + "(" + expr(depth - 1) + pick("", ", " + expr(depth - 1))
                    + pick("", ", flags: SA_SIGINFO | SA_RESTART") + ")";
        }

        private String expr(int depth) {
            if (depth <= 0) {
                return pick("1", "0x10", "1_000", "\"s\\n\"", "true", "10ms", "1.5s", "SIGUSR1", "SIGRTMIN+1",
                        "SIG_IGN", "name", "times", "{}", "[]");
            }
            return switch (random.nextInt(9)) {
                case 0 -> expr(depth - 1) + " " + pick("||", "&&", "==", "!=", "<", "<=", ">", ">=", "|", "&", "+",
                        "-", "*", "/", "%") + " " + expr(depth - 1);
                case 1 -> pick("!", "-", "~") + expr(depth - 1);
                case 2 -> "(" + expr(depth - 1) + ")";
                case 3 -> "{" + expr(0) + ", " + expr(0) + "}";
                case 4 -> "[" + expr(depth - 1) + ", " + expr(depth - 1) + "]";
                case 5 -> call(depth);
                case 6 -> "a.b[" + expr(depth - 1) + "]";
                case 7 -> "fork " + block(1);
                default -> expr(0);
            };
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
