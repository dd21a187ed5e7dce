package dev.sigscript.grammar.ast;

import java.util.Objects;
import java.util.Optional;

/** Statements: one record per form. */
public sealed interface Stmt extends ProcessItem {

    Span span();

    /** {@code let NAME = init} (immutable) or {@code var NAME = init} (mutable). */
    record Let(Span span, boolean mutable, String name, Span nameSpan, Expr init) implements Stmt, ScenarioItem {
        public Let {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(init, "init");
        }
    }

    /** {@code target = value}, {@code target += value}, ... The target is a Name, Member or Index. */
    record Assign(Span span, Expr target, AssignOp op, Expr value) implements Stmt {
        public Assign {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code if cond { then } else { orElse }}; {@code else if} is an else block holding one If. */
    record If(Span span, Expr cond, Block then, Optional<Block> orElse) implements Stmt {
        public If {
            Objects.requireNonNull(cond, "cond");
            Objects.requireNonNull(then, "then");
            Objects.requireNonNull(orElse, "orElse");
        }
    }

    /** {@code while cond { body }}. */
    record While(Span span, Expr cond, Block body) implements Stmt {}

    /** {@code loop { body }}: forever, until break, return or exit. */
    record Loop(Span span, Block body) implements Stmt {}

    /** {@code for NAME in from..to { body }}: both ends inclusive. */
    record For(Span span, String var, Span varSpan, Expr from, Expr to, Block body) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    /** {@code return [value]}. */
    record Return(Span span, Optional<Expr> value) implements Stmt {}

    /** An expression used as a statement, almost always a call. */
    record ExprStmt(Span span, Expr expr) implements Stmt {}

    /** {@code expect cond}: checked when executed, inside a process. */
    record Expect(Span span, Expr cond) implements Stmt {}

    /** {@code dump WHAT [arg]}: WHAT is frame, regs, mask, pending, ... */
    record Dump(Span span, String what, Span whatSpan, Optional<Expr> arg) implements Stmt {}

    /** {@code exec { body }}: replace the process image with body. */
    record Exec(Span span, Block body) implements Stmt {}
}
