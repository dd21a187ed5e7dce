package dev.sigscript.grammar.ast;

/** What may stand directly inside {@code process NAME { }}. */
public sealed interface ProcessItem permits HandlerDecl, FnDecl, ThreadDecl, Stmt {
    Span span();
}
