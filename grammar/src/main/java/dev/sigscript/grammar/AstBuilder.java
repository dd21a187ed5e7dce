package dev.sigscript.grammar;

import dev.sigscript.grammar.SigParser.*;
import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.AssignOp;
import dev.sigscript.grammar.ast.BinaryOp;
import dev.sigscript.grammar.ast.Block;
import dev.sigscript.grammar.ast.Expectation;
import dev.sigscript.grammar.ast.Expectation.Quantifier;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.FnDecl;
import dev.sigscript.grammar.ast.HandlerDecl;
import dev.sigscript.grammar.ast.Param;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.ProcessItem;
import dev.sigscript.grammar.ast.Scenario;
import dev.sigscript.grammar.ast.ScenarioItem;
import dev.sigscript.grammar.ast.Script;
import dev.sigscript.grammar.ast.Setting;
import dev.sigscript.grammar.ast.SourceFile;
import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.grammar.ast.ThreadDecl;
import dev.sigscript.grammar.ast.TimedEvent;
import dev.sigscript.grammar.ast.UnaryOp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the AST records from a parse tree that has no syntax errors: one visit per labelled
 * alternative (Trino's AstBuilder). Literal values come from {@link Literals}, already checked
 * by {@link LexicalChecks}.
 */
final class AstBuilder extends SigParserBaseVisitor<Object> {

    private final SourceFile file;

    AstBuilder(SourceFile file) {
        this.file = file;
    }

    Script buildScript(ScriptContext ctx) {
        List<Scenario> scenarios = visit(ctx.scenario(), Scenario.class);
        Span span = Spans.between(ctx.getStart(), ctx.scenario().getLast().getStop());
        return new Script(span, file, scenarios);
    }

    // Scenario level.

    @Override
    public Scenario visitScenario(ScenarioContext ctx) {
        return new Scenario(span(ctx), Literals.unescape(ctx.title.getText()),
                visit(ctx.scenarioItem(), ScenarioItem.class));
    }

    @Override public ScenarioItem visitSettingItem(SettingItemContext ctx) { return visit(ctx.setting(), Setting.class); }
    @Override public ScenarioItem visitProcessDeclItem(ProcessDeclItemContext ctx) { return visit(ctx.processDecl(), ProcessDecl.class); }
    @Override public ScenarioItem visitSharedItem(SharedItemContext ctx) { return visit(ctx.letDecl(), Stmt.Let.class); }
    @Override public ScenarioItem visitTimedEventItem(TimedEventItemContext ctx) { return visit(ctx.timedEvent(), TimedEvent.class); }
    @Override public ScenarioItem visitExpectationItem(ExpectationItemContext ctx) { return visit(ctx.expectation(), Expectation.class); }
    @Override public ScenarioItem visitEmptyScenarioItem(EmptyScenarioItemContext ctx) { return null; }

    @Override
    public Setting visitArchSetting(ArchSettingContext ctx) {
        return new Setting(span(ctx), "arch", List.of(name(ctx.value)));
    }

    @Override
    public Setting visitSeedSetting(SeedSettingContext ctx) {
        return new Setting(span(ctx), "seed", List.of(intLit(ctx.value)));
    }

    @Override
    public Setting visitRlimitSetting(RlimitSettingContext ctx) {
        return new Setting(span(ctx), "rlimit", List.of(name(ctx.resource), visit(ctx.limit, Expr.class)));
    }

    @Override
    public Setting visitRestorerSetting(RestorerSettingContext ctx) {
        return new Setting(span(ctx), "restorer", List.of(name(ctx.value)));
    }

    @Override public Expr visitIntSettingValue(IntSettingValueContext ctx) { return intLit(ctx.INT().getSymbol()); }
    @Override public Expr visitNameSettingValue(NameSettingValueContext ctx) { return name(ctx.identifier()); }

    @Override
    public TimedEvent visitAtEvent(AtEventContext ctx) {
        return new TimedEvent(span(ctx), false, duration(ctx.time), Optional.empty(),
                visit(ctx.action, Expr.Call.class), optionalName(ctx.sender));
    }

    @Override
    public TimedEvent visitEveryEvent(EveryEventContext ctx) {
        Optional<Expr> times = Optional.ofNullable(ctx.count).map(this::intLit);
        return new TimedEvent(span(ctx), true, duration(ctx.period), times, visit(ctx.action, Expr.Call.class),
                optionalName(ctx.sender));
    }

    @Override
    public Expr.Call visitEventCall(EventCallContext ctx) {
        return new Expr.Call(span(ctx), name(ctx.callee), arguments(ctx.arguments()));
    }

    // Expectations.

    @Override
    public Expectation visitExitedExpectation(ExitedExpectationContext ctx) {
        return new Expectation.Exited(span(ctx), quantifier(ctx.quantifier()), text(ctx.process), span(ctx.process),
                expr(ctx.code));
    }

    @Override
    public Expectation visitKilledExpectation(KilledExpectationContext ctx) {
        return new Expectation.KilledBy(span(ctx), quantifier(ctx.quantifier()), text(ctx.process),
                span(ctx.process), expr(ctx.signal), ctx.DUMPED() != null);
    }

    @Override
    public Expectation visitStoppedExpectation(StoppedExpectationContext ctx) {
        return new Expectation.StoppedBy(span(ctx), quantifier(ctx.quantifier()), text(ctx.process),
                span(ctx.process), expr(ctx.signal));
    }

    @Override
    public Expectation visitPrintedExpectation(PrintedExpectationContext ctx) {
        return new Expectation.Printed(span(ctx), quantifier(ctx.quantifier()), text(ctx.process),
                span(ctx.process), Literals.unescape(ctx.text.getText()));
    }

    @Override
    public Expectation visitHandledExpectation(HandledExpectationContext ctx) {
        return new Expectation.Handled(span(ctx), quantifier(ctx.quantifier()), text(ctx.process),
                span(ctx.process), expr(ctx.signal), expr(ctx.count));
    }

    @Override
    public Expectation visitHoldsExpectation(HoldsExpectationContext ctx) {
        return new Expectation.Holds(span(ctx), quantifier(ctx.quantifier()), expr(ctx.cond));
    }

    @Override public Quantifier visitAlwaysQuantifier(AlwaysQuantifierContext ctx) { return Quantifier.ALWAYS; }
    @Override public Quantifier visitSometimesQuantifier(SometimesQuantifierContext ctx) { return Quantifier.SOMETIMES; }

    // Processes and declarations.

    @Override
    public ProcessDecl visitProcessDecl(ProcessDeclContext ctx) {
        return new ProcessDecl(span(ctx), text(ctx.name), span(ctx.name),
                visit(ctx.processAttribute(), Setting.class), visit(ctx.processItem(), ProcessItem.class));
    }

    @Override
    public Setting visitUidAttribute(UidAttributeContext ctx) {
        return new Setting(span(ctx), "uid", List.of(intLit(ctx.value)));
    }

    @Override
    public Setting visitPgrpAttribute(PgrpAttributeContext ctx) {
        return new Setting(span(ctx), "pgrp", List.of(name(ctx.value)));
    }

    @Override
    public Setting visitSessionAttribute(SessionAttributeContext ctx) {
        return new Setting(span(ctx), "session", List.of(name(ctx.value)));
    }

    @Override public ProcessItem visitHandlerItem(HandlerItemContext ctx) { return visit(ctx.handlerDecl(), HandlerDecl.class); }
    @Override public ProcessItem visitFnItem(FnItemContext ctx) { return visit(ctx.fnDecl(), FnDecl.class); }
    @Override public ProcessItem visitThreadItem(ThreadItemContext ctx) { return visit(ctx.threadDecl(), ThreadDecl.class); }
    @Override public ProcessItem visitStatementItem(StatementItemContext ctx) { return visit(ctx.statement(), Stmt.class); }
    @Override public ProcessItem visitEmptyProcessItem(EmptyProcessItemContext ctx) { return null; }

    @Override
    public HandlerDecl visitHandlerDecl(HandlerDeclContext ctx) {
        return new HandlerDecl(span(ctx), text(ctx.name), span(ctx.name), params(ctx.parameters()), block(ctx.body));
    }

    @Override
    public FnDecl visitFnDecl(FnDeclContext ctx) {
        return new FnDecl(span(ctx), text(ctx.name), span(ctx.name), params(ctx.parameters()), block(ctx.body));
    }

    @Override
    public ThreadDecl visitThreadDecl(ThreadDeclContext ctx) {
        return new ThreadDecl(span(ctx), text(ctx.name), span(ctx.name), block(ctx.body));
    }

    @Override
    public Block visitBlock(BlockContext ctx) {
        return new Block(span(ctx), visit(ctx.statement(), Stmt.class));
    }

    // Statements.

    @Override
    public Stmt.Let visitLetDecl(LetDeclContext ctx) {
        return new Stmt.Let(span(ctx), ctx.kind.getType() == SigLexer.VAR, text(ctx.name), span(ctx.name),
                expr(ctx.init));
    }

    @Override public Stmt visitLetStatement(LetStatementContext ctx) { return visit(ctx.letDecl(), Stmt.Let.class); }
    @Override public Stmt visitIfStatement(IfStatementContext ctx) { return visit(ctx.ifClause(), Stmt.If.class); }

    @Override
    public Stmt visitExpressionStatement(ExpressionStatementContext ctx) {
        if (ctx.op == null) {
            return new Stmt.ExprStmt(span(ctx), expr(ctx.target));
        }
        AssignOp op = switch (ctx.op.getType()) {
            case SigLexer.PLUS_ASSIGN -> AssignOp.ADD;
            case SigLexer.MINUS_ASSIGN -> AssignOp.SUB;
            case SigLexer.STAR_ASSIGN -> AssignOp.MUL;
            case SigLexer.PIPE_ASSIGN -> AssignOp.OR;
            case SigLexer.AMP_ASSIGN -> AssignOp.AND;
            default -> AssignOp.ASSIGN;
        };
        return new Stmt.Assign(span(ctx), expr(ctx.target), op, expr(ctx.value));
    }

    @Override
    public Stmt.If visitIfClause(IfClauseContext ctx) {
        Optional<Block> orElse = Optional.empty();
        if (ctx.elseBlock != null) {
            orElse = Optional.of(block(ctx.elseBlock));
        } else if (ctx.elseIf != null) {
            orElse = Optional.of(new Block(span(ctx.elseIf), List.of(visit(ctx.elseIf, Stmt.If.class))));
        }
        return new Stmt.If(span(ctx), expr(ctx.cond), block(ctx.then), orElse);
    }

    @Override public Stmt visitWhileStatement(WhileStatementContext ctx) { return new Stmt.While(span(ctx), expr(ctx.cond), block(ctx.body)); }
    @Override public Stmt visitLoopStatement(LoopStatementContext ctx) { return new Stmt.Loop(span(ctx), block(ctx.body)); }
    @Override public Stmt visitBreakStatement(BreakStatementContext ctx) { return new Stmt.Break(span(ctx)); }
    @Override public Stmt visitContinueStatement(ContinueStatementContext ctx) { return new Stmt.Continue(span(ctx)); }
    @Override public Stmt visitExpectStatement(ExpectStatementContext ctx) { return new Stmt.Expect(span(ctx), expr(ctx.cond)); }
    @Override public Stmt visitExecStatement(ExecStatementContext ctx) { return new Stmt.Exec(span(ctx), block(ctx.body)); }

    @Override
    public Stmt visitForStatement(ForStatementContext ctx) {
        return new Stmt.For(span(ctx), text(ctx.variable), span(ctx.variable), expr(ctx.from), expr(ctx.to),
                block(ctx.body));
    }

    @Override
    public Stmt visitReturnStatement(ReturnStatementContext ctx) {
        return new Stmt.Return(span(ctx), Optional.ofNullable(ctx.value).map(this::expr));
    }

    @Override
    public Stmt visitDumpStatement(DumpStatementContext ctx) {
        return new Stmt.Dump(span(ctx), text(ctx.what), span(ctx.what), Optional.ofNullable(ctx.arg).map(this::expr));
    }

    // Expressions.

    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        return new Expr.Call(span(ctx), expr(ctx.callee), arguments(ctx.arguments()));
    }

    @Override
    public Expr visitMemberExpr(MemberExprContext ctx) {
        return new Expr.Member(span(ctx), expr(ctx.target), text(ctx.name), span(ctx.name));
    }

    @Override public Expr visitIndexExpr(IndexExprContext ctx) { return new Expr.Index(span(ctx), expr(ctx.target), expr(ctx.index)); }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        UnaryOp op = switch (ctx.op.getType()) {
            case SigLexer.BANG -> UnaryOp.NOT;
            case SigLexer.MINUS -> UnaryOp.NEG;
            default -> UnaryOp.BIT_NOT;
        };
        return new Expr.Unary(span(ctx), op, expr(ctx.operand));
    }

    @Override
    public Expr visitBinaryExpr(BinaryExprContext ctx) {
        BinaryOp op = switch (ctx.op.getType()) {
            case SigLexer.OR_OR -> BinaryOp.OR;
            case SigLexer.AND_AND -> BinaryOp.AND;
            case SigLexer.EQ -> BinaryOp.EQ;
            case SigLexer.NE -> BinaryOp.NE;
            case SigLexer.LT -> BinaryOp.LT;
            case SigLexer.LE -> BinaryOp.LE;
            case SigLexer.GT -> BinaryOp.GT;
            case SigLexer.GE -> BinaryOp.GE;
            case SigLexer.PIPE -> BinaryOp.BIT_OR;
            case SigLexer.AMP -> BinaryOp.BIT_AND;
            case SigLexer.PLUS -> BinaryOp.ADD;
            case SigLexer.MINUS -> BinaryOp.SUB;
            case SigLexer.STAR -> BinaryOp.MUL;
            case SigLexer.SLASH -> BinaryOp.DIV;
            default -> BinaryOp.MOD;
        };
        return new Expr.Binary(span(ctx), op, expr(ctx.left), expr(ctx.right));
    }

    @Override public Expr visitPrimaryExpr(PrimaryExprContext ctx) { return visit(ctx.primary(), Expr.class); }
    @Override public Expr visitIntLiteral(IntLiteralContext ctx) { return intLit(ctx.INT().getSymbol()); }
    @Override public Expr visitStringLiteral(StringLiteralContext ctx) { return new Expr.StrLit(span(ctx), Literals.unescape(ctx.getText())); }
    @Override public Expr visitBoolLiteral(BoolLiteralContext ctx) { return new Expr.BoolLit(span(ctx), ctx.value.getType() == SigLexer.TRUE); }
    @Override public Expr visitDurationLiteral(DurationLiteralContext ctx) { return duration(ctx.DURATION().getSymbol()); }
    @Override public Expr visitSigSetLiteral(SigSetLiteralContext ctx) { return new Expr.SigSetLit(span(ctx), visit(ctx.expression(), Expr.class)); }
    @Override public Expr visitListLiteral(ListLiteralContext ctx) { return new Expr.ListLit(span(ctx), visit(ctx.expression(), Expr.class)); }
    @Override public Expr visitForkExpr(ForkExprContext ctx) { return new Expr.Fork(span(ctx), block(ctx.body)); }
    @Override public Expr visitNameExpr(NameExprContext ctx) { return name(ctx.identifier()); }
    @Override public Expr visitParenExpr(ParenExprContext ctx) { return expr(ctx.inner); }

    @Override
    public Expr visitSignalLiteral(SignalLiteralContext ctx) {
        String text = ctx.getText();
        return new Expr.SignalLit(span(ctx), Literals.signalName(text), Literals.signalOffset(text).orElse(0));
    }

    @Override
    public Arg visitNamedArgument(NamedArgumentContext ctx) {
        return new Arg(span(ctx), Optional.of(text(ctx.name)), expr(ctx.value));
    }

    @Override public Arg visitPositionalArgument(PositionalArgumentContext ctx) { return Arg.positional(expr(ctx.value)); }

    // Helpers.

    private List<Arg> arguments(ArgumentsContext ctx) {
        return ctx == null ? List.of() : visit(ctx.argument(), Arg.class);
    }

    private List<Param> params(ParametersContext ctx) {
        return ctx == null ? List.of() : ctx.identifier().stream().map(id -> new Param(span(id), text(id))).toList();
    }

    private Quantifier quantifier(QuantifierContext ctx) {
        return ctx == null ? Quantifier.PLAIN : visit(ctx, Quantifier.class);
    }

    private Optional<String> optionalName(IdentifierContext ctx) {
        return Optional.ofNullable(ctx).map(AstBuilder::text);
    }

    private Block block(BlockContext ctx) {
        return visitBlock(ctx);
    }

    private Expr expr(ParserRuleContext ctx) {
        return visit(ctx, Expr.class);
    }

    private Expr.Name name(IdentifierContext ctx) {
        return new Expr.Name(span(ctx), text(ctx));
    }

    private Expr.IntLit intLit(Token token) {
        return new Expr.IntLit(Spans.of(token), Literals.integer(token.getText()).orElse(0));
    }

    private Expr.DurationLit duration(Token token) {
        return new Expr.DurationLit(Spans.of(token), Literals.durationNanos(token.getText()).orElse(0),
                token.getText());
    }

    private static String text(IdentifierContext ctx) {
        return ctx.getText();
    }

    private static Span span(ParserRuleContext ctx) {
        return Spans.of(ctx);
    }

    private <T> T visit(ParserRuleContext ctx, Class<T> type) {
        return type.cast(Objects.requireNonNull(visit(ctx), () -> "no AST for " + ctx.getClass().getSimpleName()));
    }

    private <T> List<T> visit(List<? extends ParserRuleContext> contexts, Class<T> type) {
        return contexts.stream().map(this::visit).filter(Objects::nonNull).map(type::cast).toList();
    }
}
