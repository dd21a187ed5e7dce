package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/** A whole `.sig` file: one or more scenarios. */
public record Script(Span span, SourceFile file, List<Scenario> scenarios) {
    public Script {
        Objects.requireNonNull(file, "file");
        scenarios = List.copyOf(scenarios);
    }
}
