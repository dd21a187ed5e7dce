package dev.sigscript.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.AssignOp;
import dev.sigscript.grammar.ast.BinaryOp;
import dev.sigscript.grammar.ast.Block;
import dev.sigscript.grammar.ast.Expectation;
import dev.sigscript.grammar.ast.Expectation.Quantifier;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.ProcessItem;
import dev.sigscript.grammar.ast.ScenarioItem;
import dev.sigscript.grammar.ast.Setting;
import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.grammar.ast.TimedEvent;
import dev.sigscript.grammar.ast.UnaryOp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Built trees against hand-written records, spans included (Trino's TestSqlParser style). The
 * snippet under test always stands alone on one line, so {@code at(col, endCol)} is its span.
 */
class AstBuilderTest {

    private static final String PROCESS_PREFIX = "scenario \"t\" {\nprocess p {\n";
    private static final String SCENARIO_PREFIX = "scenario \"t\" {\n";

    /** The line and offset of the snippet: inside a process unless a test calls {@link #scenarioLevel()}. */
    private int line = 3;
    private int base = PROCESS_PREFIX.length();

    @Test
    void binaryAddition() {
        assertEquals(new Expr.Binary(at(1, 6), BinaryOp.ADD, name(1, "a"), new Expr.IntLit(at(5, 6), 1)),
                expr("a + 1"));
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertEquals(new Expr.Binary(at(1, 10), BinaryOp.ADD, new Expr.IntLit(at(1, 2), 1),
                        new Expr.Binary(at(5, 10), BinaryOp.MUL, new Expr.IntLit(at(5, 6), 2),
                                new Expr.IntLit(at(9, 10), 3))),
                expr("1 + 2 * 3"));
    }

    @Test
    void unaryMinusAppliesToTheWholeMemberChain() {
        assertEquals(new Expr.Unary(at(1, 5), UnaryOp.NEG,
                        new Expr.Member(at(2, 5), name(2, "x"), "y", at(4, 5))),
                expr("-x.y"));
    }

    @Test
    void callWithPositionalAndNamedArguments() {
        assertEquals(new Expr.Call(at(1, 32), name(1, "sigaction"), List.of(
                        Arg.positional(name(11, "h")),
                        new Arg(at(14, 31), Optional.of("flags"), name(21, "SA_SIGINFO")))),
                expr("sigaction(h, flags: SA_SIGINFO)"));
    }

    @Test
    void methodCallHasAMemberCallee() {
        Expr.Call call = (Expr.Call) expr("x.push(1)");
        assertEquals(new Expr.Call(at(1, 10), new Expr.Member(at(1, 7), name(1, "x"), "push", at(3, 7)),
                List.of(Arg.positional(new Expr.IntLit(at(8, 9), 1)))), call);
        assertEquals("push", call.name());
    }

    @Test
    void realtimeSignalWithOffset() {
        assertEquals(new Expr.SignalLit(at(1, 11), "SIGRTMIN", 2), expr("SIGRTMIN+2"));
        assertEquals(new Expr.SignalLit(at(1, 11), "SIGRTMAX", -1), expr("SIGRTMAX-1"));
    }

    @Test
    void underscoreSignalNamesArePlainNames() {
        assertEquals(name(1, "SIG_BLOCK"), expr("SIG_BLOCK"));
    }

    @Test
    void signalSetsAndLists() {
        assertEquals(new Expr.SigSetLit(at(1, 19), List.of(new Expr.SignalLit(at(2, 9), "SIGUSR1", 0),
                new Expr.SignalLit(at(11, 18), "SIGUSR2", 0))), expr("{SIGUSR1, SIGUSR2}"));
        assertEquals(new Expr.SigSetLit(at(1, 3), List.of()), expr("{}"));
        assertEquals(new Expr.ListLit(at(1, 7), List.of(new Expr.IntLit(at(2, 3), 1), new Expr.IntLit(at(5, 6), 2))),
                expr("[1, 2]"));
    }

    @Test
    void durationsAreNanoseconds() {
        assertEquals(new Expr.DurationLit(at(1, 5), 10_000_000L, "10ms"), expr("10ms"));
        assertEquals(new Expr.DurationLit(at(1, 5), 1_500_000_000L, "1.5s"), expr("1.5s"));
        assertEquals(new Expr.DurationLit(at(1, 4), 5_000L, "5us"), expr("5us"));
    }

    @Test
    void integersHexAndSeparators() {
        assertEquals(new Expr.IntLit(at(1, 5), 16), expr("0x10"));
        assertEquals(new Expr.IntLit(at(1, 6), 1000), expr("1_000"));
        assertEquals(new Expr.IntLit(at(1, 19), -1), expr("0xffffffffffffffff"));
    }

    @Test
    void stringEscapesAreDecoded() {
        assertEquals(new Expr.StrLit(at(1, 14), "a\n\"A\0"), expr("\"a\\n\\\"\\x41\\0\""));
    }

    @Test
    void compoundAssignment() {
        assertEquals(new Stmt.Assign(at(1, 7), name(1, "x"), AssignOp.ADD, new Expr.IntLit(at(6, 7), 1)),
                stmt("x += 1"));
    }

    @Test
    void elseIfIsAnElseBlockHoldingOneIf() {
        Stmt.If inner = new Stmt.If(at(15, 32), name(18, "b"), new Block(at(20, 23), List.of()),
                Optional.of(new Block(at(29, 32), List.of())));
        assertEquals(new Stmt.If(at(1, 32), name(4, "a"), new Block(at(6, 9), List.of()),
                Optional.of(new Block(at(15, 32), List.of(inner)))), stmt("if a { } else if b { } else { }"));
    }

    @Test
    void forRangeIsInclusiveFromTo() {
        assertEquals(new Stmt.For(at(1, 17), "i", at(5, 6), new Expr.IntLit(at(10, 11), 1),
                new Expr.IntLit(at(13, 14), 5), new Block(at(15, 17), List.of())), stmt("for i in 1..5 {}"));
    }

    @Test
    void forkIsAnExpression() {
        assertEquals(new Stmt.Let(at(1, 23), false, "c", at(5, 6), new Expr.Fork(at(9, 23),
                new Block(at(14, 23), List.of(new Stmt.Break(at(16, 21)))))), stmt("let c = fork { break }"));
    }

    @Test
    void dumpWithAndWithoutArgument() {
        assertEquals(new Stmt.Dump(at(1, 11), "frame", at(6, 11), Optional.empty()), stmt("dump frame"));
        assertEquals(new Stmt.Dump(at(1, 13), "mask", at(6, 10), Optional.of(name(11, "tx"))), stmt("dump mask tx"));
    }

    @Test
    void timedEventFromAProcess() {
        scenarioLevel();
        Expr.Call kill = new Expr.Call(at(8, 23), name(8, "kill"), List.of(Arg.positional(name(13, "p")),
                Arg.positional(new Expr.SignalLit(at(16, 22), "SIGINT", 0))));
        assertEquals(new TimedEvent(at(1, 30), false, new Expr.DurationLit(at(4, 6), 1_000_000_000L, "1s"),
                Optional.empty(), kill, Optional.of("q")), scenarioItem("at 1s: kill(p, SIGINT) from q"));
    }

    @Test
    void everyWithTimes() {
        scenarioLevel();
        TimedEvent event = (TimedEvent) scenarioItem("every 100us times 5: raise(SIGUSR1)");
        assertEquals(Optional.of(new Expr.IntLit(at(19, 20), 5)), event.times());
        assertEquals(true, event.every());
        assertEquals(100_000L, ((Expr.DurationLit) event.time()).nanos());
    }

    @Test
    void killedByCoreDumped() {
        scenarioLevel();
        assertEquals(new Expectation.KilledBy(at(1, 39), Quantifier.PLAIN, "p", at(8, 9),
                        new Expr.SignalLit(at(20, 27), "SIGSEGV", 0), true),
                scenarioItem("expect p killed by SIGSEGV core dumped"));
    }

    @Test
    void alwaysHolds() {
        scenarioLevel();
        assertEquals(new Expectation.Holds(at(1, 23), Quantifier.ALWAYS, new Expr.Binary(at(15, 23), BinaryOp.EQ,
                        new Expr.Member(at(15, 18), name(15, "p"), "x", at(17, 18)),
                        new Expr.IntLit(at(22, 23), 1))),
                scenarioItem("expect always p.x == 1"));
    }

    @Test
    void handledTimes() {
        scenarioLevel();
        assertEquals(new Expectation.Handled(at(1, 44), Quantifier.SOMETIMES, "rx", at(18, 20),
                        new Expr.SignalLit(at(29, 36), "SIGUSR1", 0), new Expr.IntLit(at(37, 38), 5)),
                scenarioItem("expect sometimes rx handled SIGUSR1 5 times"));
    }

    @Test
    void rlimitSettingAndProcessAttributes() {
        scenarioLevel();
        assertEquals(new Setting(at(1, 27), "rlimit", List.of(name(8, "RLIMIT_SIGPENDING"),
                new Expr.IntLit(at(26, 27), 3))), scenarioItem("rlimit RLIMIT_SIGPENDING 3"));
        ProcessDecl process = (ProcessDecl) scenarioItem("process p uid 1000 pgrp g { }");
        assertEquals(List.of(new Setting(at(11, 19), "uid", List.of(new Expr.IntLit(at(15, 19), 1000))),
                new Setting(at(20, 26), "pgrp", List.of(name(25, "g")))), process.attributes());
    }

    @Test
    void spansCarryZeroBasedOffsets() {
        Expr e = expr("a + 1");
        assertEquals(PROCESS_PREFIX.length(), e.span().start());
        assertEquals(PROCESS_PREFIX.length() + 5, e.span().end());
    }

    // Helpers.

    private Span at(int column, int endColumn) {
        return new Span(line, column, line, endColumn, base + column - 1, base + endColumn - 1);
    }

    private Expr.Name name(int column, String id) {
        return new Expr.Name(at(column, column + id.length()), id);
    }

    private Expr expr(String source) {
        return ((Stmt.ExprStmt) stmt(source)).expr();
    }

    private void scenarioLevel() {
        line = 2;
        base = SCENARIO_PREFIX.length();
    }

    private ProcessItem processItem(String source) {
        ParseResult result = SigParsing.parse(PROCESS_PREFIX + source + "\n}\n}\n", "t.sig");
        assertEquals("", result.formatDiagnostics());
        return result.ast().orElseThrow().scenarios().getFirst().processes().getFirst().items().getFirst();
    }

    private Stmt stmt(String source) {
        return (Stmt) processItem(source);
    }

    private ScenarioItem scenarioItem(String source) {
        ParseResult result = SigParsing.parse(SCENARIO_PREFIX + source + "\n}\n", "t.sig");
        assertEquals("", result.formatDiagnostics());
        return result.ast().orElseThrow().scenarios().getFirst().items().getFirst();
    }
}
