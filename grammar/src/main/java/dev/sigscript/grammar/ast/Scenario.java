package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code scenario "title" { items }}. The items keep their source order (the formatter needs
 * it); the accessors below give them by kind.
 */
public record Scenario(Span span, String title, List<ScenarioItem> items) {
    public Scenario {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }

    public List<Setting> settings() {
        return items.stream().filter(Setting.class::isInstance).map(Setting.class::cast).toList();
    }

    public List<ProcessDecl> processes() {
        return items.stream().filter(ProcessDecl.class::isInstance).map(ProcessDecl.class::cast).toList();
    }

    public List<TimedEvent> events() {
        return items.stream().filter(TimedEvent.class::isInstance).map(TimedEvent.class::cast).toList();
    }

    public List<Expectation> expectations() {
        return items.stream().filter(Expectation.class::isInstance).map(Expectation.class::cast).toList();
    }

    /** Scenario-level {@code let}s: values shared by every process (e.g. a pipe). */
    public List<Stmt.Let> shared() {
        return items.stream().filter(Stmt.Let.class::isInstance).map(Stmt.Let.class::cast).toList();
    }
}
