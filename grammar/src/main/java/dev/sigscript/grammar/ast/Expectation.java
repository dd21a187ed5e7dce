package dev.sigscript.grammar.ast;

import java.util.Objects;

/** Scenario-level {@code expect} forms, checked over the final state and the trace. */
public sealed interface Expectation extends ScenarioItem {

    Span span();

    /** Plain, or {@code always} / {@code sometimes} for exploration over every schedule. */
    Quantifier quantifier();

    enum Quantifier { PLAIN, ALWAYS, SOMETIMES }

    /** {@code expect NAME exited CODE}. */
    record Exited(Span span, Quantifier quantifier, String process, Span processSpan, Expr code) implements Expectation {}

    /** {@code expect NAME killed by SIG [core dumped]}. */
    record KilledBy(Span span, Quantifier quantifier, String process, Span processSpan, Expr signal, boolean coreDumped)
            implements Expectation {}

    /** {@code expect NAME stopped by SIG}. */
    record StoppedBy(Span span, Quantifier quantifier, String process, Span processSpan, Expr signal) implements Expectation {}

    /** {@code expect NAME printed "text"}: some line of the process's output equals text. */
    record Printed(Span span, Quantifier quantifier, String process, Span processSpan, String text) implements Expectation {
        public Printed {
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code expect NAME handled SIG N times}. */
    record Handled(Span span, Quantifier quantifier, String process, Span processSpan, Expr signal, Expr times)
            implements Expectation {}

    /** {@code expect COND}: a boolean over final variables ({@code rx.usr1 == 1}). */
    record Holds(Span span, Quantifier quantifier, Expr cond) implements Expectation {}
}
