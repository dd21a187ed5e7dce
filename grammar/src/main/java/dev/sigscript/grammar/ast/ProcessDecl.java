package dev.sigscript.grammar.ast;

import java.util.List;
import java.util.Objects;

/** {@code process NAME [uid N] [pgrp NAME] [session NAME] { items }}. */
public record ProcessDecl(Span span, String name, Span nameSpan, List<Setting> attributes, List<ProcessItem> items)
        implements ScenarioItem {
    public ProcessDecl {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        items = List.copyOf(items);
    }

    public List<HandlerDecl> handlers() {
        return items.stream().filter(HandlerDecl.class::isInstance).map(HandlerDecl.class::cast).toList();
    }

    public List<FnDecl> functions() {
        return items.stream().filter(FnDecl.class::isInstance).map(FnDecl.class::cast).toList();
    }

    public List<ThreadDecl> threads() {
        return items.stream().filter(ThreadDecl.class::isInstance).map(ThreadDecl.class::cast).toList();
    }

    /** The statements of the process's main body, in order (declarations removed). */
    public List<Stmt> body() {
        return items.stream().filter(Stmt.class::isInstance).map(Stmt.class::cast).toList();
    }
}
