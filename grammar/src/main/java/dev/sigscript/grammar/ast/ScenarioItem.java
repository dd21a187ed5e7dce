package dev.sigscript.grammar.ast;

/** What may stand directly inside {@code scenario "..." { }}. */
public sealed interface ScenarioItem permits Setting, ProcessDecl, TimedEvent, Expectation, Stmt.Let {
    Span span();
}
