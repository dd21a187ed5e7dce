package dev.sigscript.interp.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.grammar.ast.BinaryOp;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.DurationValue;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.interp.runtime.Values;

/**
 * Binary operators. Integers are 64-bit with overflow wrapping like C's unsigned arithmetic
 * would not: an overflow is a run-time error (scripts count things; silent wrap hides bugs).
 * {@code +} with a string on either side concatenates; {@code |} and {@code &} on signal sets are
 * union and intersection; {@code ==} compares lists, sets and strings by value; {@code &&} and
 * {@code ||} short-circuit.
 */
public final class SigBinaryNode extends SigExpressionNode {
    private final BinaryOp op;
    @Child private SigExpressionNode left;
    @Child private SigExpressionNode right;

    public SigBinaryNode(BinaryOp op, SigExpressionNode left, SigExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    public BinaryOp op() {
        return op;
    }

    public SigExpressionNode left() {
        return left;
    }

    public SigExpressionNode right() {
        return right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (op == BinaryOp.AND) {
            return Values.isTruthy(left.execute(frame)) && Values.isTruthy(right.execute(frame));
        }
        if (op == BinaryOp.OR) {
            return Values.isTruthy(left.execute(frame)) || Values.isTruthy(right.execute(frame));
        }
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        if (a instanceof Long x && b instanceof Long y) {
            return longs(x, y);
        }
        return generic(a, b);
    }

    private Object longs(long x, long y) {
        try {
            return switch (op) {
                case ADD -> Math.addExact(x, y);
                case SUB -> Math.subtractExact(x, y);
                case MUL -> Math.multiplyExact(x, y);
                case DIV -> {
                    if (y == 0) {
                        throw SigException.error(this, "division by zero in the script");
                    }
                    yield x / y;
                }
                case MOD -> {
                    if (y == 0) {
                        throw SigException.error(this, "division by zero in the script");
                    }
                    yield x % y;
                }
                case BIT_OR -> x | y;
                case BIT_AND -> x & y;
                case EQ -> x == y;
                case NE -> x != y;
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                case GE -> x >= y;
                case AND, OR -> throw new IllegalStateException("short-circuit handled above");
            };
        } catch (ArithmeticException e) {
            throw SigException.error(this, "integer overflow in " + x + " " + op.symbol() + " " + y);
        }
    }

    @TruffleBoundary
    private Object generic(Object a, Object b) {
        switch (op) {
            case EQ:
                return equal(a, b);
            case NE:
                return !equal(a, b);
            case ADD:
                if (a instanceof String || b instanceof String) {
                    return Values.display(a) + Values.display(b);
                }
                if (a instanceof DurationValue x && b instanceof DurationValue y) {
                    return new DurationValue(x.nanos() + y.nanos());
                }
                break;
            case SUB:
                if (a instanceof DurationValue x && b instanceof DurationValue y) {
                    return new DurationValue(x.nanos() - y.nanos());
                }
                break;
            case BIT_OR:
                if (a instanceof SigSetValue x && b instanceof SigSetValue y) {
                    return new SigSetValue(x.set().union(y.set()));
                }
                break;
            case BIT_AND:
                if (a instanceof SigSetValue x && b instanceof SigSetValue y) {
                    return new SigSetValue(x.set().intersect(y.set()));
                }
                break;
            case LT, LE, GT, GE:
                if (a instanceof DurationValue x && b instanceof DurationValue y) {
                    return longs(x.nanos(), y.nanos());
                }
                break;
            default:
                break;
        }
        throw SigException.typeError(this, "'" + op.symbol() + "'", a, b);
    }

    /** Values compare by value; a process, handler or boolean also equals its machine word. */
    public static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Long || b instanceof Long) {
            boolean aWord = !(a instanceof String) && !(a instanceof dev.sigscript.interp.runtime.SigList);
            boolean bWord = !(b instanceof String) && !(b instanceof dev.sigscript.interp.runtime.SigList);
            return aWord && bWord && Values.toRaw(a) == Values.toRaw(b);
        }
        return false;
    }
}
