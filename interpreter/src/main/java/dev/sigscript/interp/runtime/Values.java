package dev.sigscript.interp.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import dev.sigscript.kernel.abi.Signals;
import java.util.StringJoiner;

/** Conversions between script values, raw machine words, and text. */
public final class Values {
    private Values() {}

    /** {@return the machine word a value becomes in a register or in guest memory} */
    public static long toRaw(Object v) {
        return switch (v) {
            case null -> 0;
            case Long l -> l;
            case Integer i -> i;
            case Boolean b -> b ? 1 : 0;
            case FunctionRef f -> f.address();
            case ProcessRef p -> p.pid();
            case DurationValue d -> d.nanos();
            case SigSetValue s -> s.set().bits();
            default -> 0;
        };
    }

    public static boolean isTruthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case null -> false;
            default -> true;
        };
    }

    /** {@return the value as print() shows it} */
    @TruffleBoundary
    public static String display(Object v) {
        return switch (v) {
            case null -> "nil";
            case String s -> s;
            case Long l -> Long.toString(l);
            case Boolean b -> Boolean.toString(b);
            case DurationValue d -> formatDuration(d.nanos());
            case SigSetValue s -> formatSet(s);
            case ProcessRef p -> p.name() + "[" + p.pid() + "]";
            case FunctionRef f -> f.name();
            case SigList l -> {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                for (Object e : l.elements()) {
                    j.add(e instanceof String str ? '"' + str + '"' : display(e));
                }
                yield j.toString();
            }
            case GuestStructView g -> (g.kind() == GuestStructView.Kind.SIGINFO ? "siginfo" : "ucontext") + "@0x"
                    + Long.toHexString(g.address()) + (g.path().isEmpty() ? "" : "." + g.path());
            default -> v.toString();
        };
    }

    public static String formatSet(SigSetValue s) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        long bits = s.set().bits();
        for (int sig = 1; sig <= 64; sig++) {
            if ((bits & (1L << (sig - 1))) != 0) {
                j.add(Signals.name(sig));
            }
        }
        return j.toString();
    }

    public static String formatDuration(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }

    /** {@return a short type name for error messages} */
    public static String typeName(Object v) {
        return switch (v) {
            case null -> "nil";
            case Long l -> "int";
            case Boolean b -> "bool";
            case String s -> "string";
            case DurationValue d -> "duration";
            case SigSetValue s -> "signal set";
            case SigList l -> "list";
            case ProcessRef p -> "process";
            case FunctionRef f -> f.isHandler() ? "handler" : "function";
            case GuestStructView g -> g.kind() == GuestStructView.Kind.SIGINFO ? "siginfo" : "ucontext";
            default -> v.getClass().getSimpleName();
        };
    }
}
