package dev.sigscript.grammar.ast;

/** Assignment operators; the compound ones apply {@link #binary()} first. */
public enum AssignOp {
    ASSIGN("=", null),
    ADD("+=", BinaryOp.ADD),
    SUB("-=", BinaryOp.SUB),
    MUL("*=", BinaryOp.MUL),
    OR("|=", BinaryOp.BIT_OR),
    AND("&=", BinaryOp.BIT_AND);

    private final String symbol;
    private final BinaryOp binary;

    AssignOp(String symbol, BinaryOp binary) {
        this.symbol = symbol;
        this.binary = binary;
    }

    public String symbol() {
        return symbol;
    }

    /** {@return the operator a compound assignment applies, or null for plain {@code =}} */
    public BinaryOp binary() {
        return binary;
    }
}
