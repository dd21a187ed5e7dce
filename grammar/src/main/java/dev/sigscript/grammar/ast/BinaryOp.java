package dev.sigscript.grammar.ast;

/** Binary operators, in the grammar's precedence groups (lowest first). */
public enum BinaryOp {
    OR("||"), AND("&&"),
    EQ("=="), NE("!="),
    LT("<"), LE("<="), GT(">"), GE(">="),
    BIT_OR("|"), BIT_AND("&"),
    ADD("+"), SUB("-"),
    MUL("*"), DIV("/"), MOD("%");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
