package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/** Expressions: one record per form. */
public sealed interface Expr {

    Span span();

    record IntLit(Span span, long value) implements Expr {}

    /** A string literal, already unescaped. */
    record StrLit(Span span, String value) implements Expr {
        public StrLit {
            Objects.requireNonNull(value, "value");
        }
    }

    record BoolLit(Span span, boolean value) implements Expr {}

    /** {@code 5us}, {@code 10ms}, {@code 1.5s}: the value in nanoseconds and the text as written. */
    record DurationLit(Span span, long nanos, String text) implements Expr {}

    /**
     * A signal name as written: {@code SIGUSR1} (offset 0), {@code SIGRTMIN+2} (offset 2),
     * {@code SIGRTMAX-1} (offset -1). Whether the name exists is the checker's business.
     */
    record SignalLit(Span span, String name, int offset) implements Expr {
        public SignalLit {
            Objects.requireNonNull(name, "name");
        }

        public String text() {
            return offset == 0 ? name : name + (offset > 0 ? "+" : "") + offset;
        }
    }

    /** {@code {SIGUSR1, SIGUSR2}}, {@code {}}. */
    record SigSetLit(Span span, List<Expr> elements) implements Expr {
        public SigSetLit {
            elements = List.copyOf(elements);
        }
    }

    /** {@code [1, 2, 3]}. */
    record ListLit(Span span, List<Expr> elements) implements Expr {
        public ListLit {
            elements = List.copyOf(elements);
        }
    }

    /** An identifier: a variable, process, handler, function, or a constant like SA_RESTART or EINTR. */
    record Name(Span span, String id) implements Expr {
        public Name {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code callee(args)}; callee is a Name for builtins and functions, a Member for methods. */
    record Call(Span span, Expr callee, List<Arg> args) implements Expr {
        public Call {
            Objects.requireNonNull(callee, "callee");
            args = List.copyOf(args);
        }

        /** {@return the called name: the identifier, or the member name for a method call} */
        public String name() {
            return switch (callee) {
                case Name n -> n.id();
                case Member m -> m.name();
                default -> "";
            };
        }
    }

    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {}

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {}

    /** {@code target.name}. */
    record Member(Span span, Expr target, String name, Span nameSpan) implements Expr {}

    /** {@code target[index]}. */
    record Index(Span span, Expr target, Expr index) implements Expr {}

    /** {@code fork { body }}: the parent gets the child's pid, the child runs body. */
    record Fork(Span span, Block body) implements Expr {}
}
