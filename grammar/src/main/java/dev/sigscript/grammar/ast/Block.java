package dev.sigscript.grammar.ast;

import java.util.List;

/** {@code { statements }}. */
public record Block(Span span, List<Stmt> stmts) {
    public Block {
        stmts = List.copyOf(stmts);
    }
}
