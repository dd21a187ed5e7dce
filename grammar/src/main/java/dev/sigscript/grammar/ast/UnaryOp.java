package dev.sigscript.grammar.ast;

/** Prefix operators. */
public enum UnaryOp {
    NOT("!"), NEG("-"), BIT_NOT("~");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
