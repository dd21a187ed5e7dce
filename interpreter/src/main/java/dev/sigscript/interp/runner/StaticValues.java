package dev.sigscript.interp.runner;

import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.interp.check.Constants;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.ProcessRuntime;
import dev.sigscript.interp.runtime.SigList;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.interp.runtime.DurationValue;
import dev.sigscript.interp.nodes.expression.SigBinaryNode;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the expressions that live outside processes: the arguments of timed events
 * (before the run) and scenario-level {@code expect COND} over the processes' final variables
 * ({@code rx.usr1 == 1}). Only constants, process variables and operators: no calls.
 */
final class StaticValues {
    private final Map<String, ProcessRef> refs;
    private final Map<String, ProcessRuntime> finals;

    StaticValues(Map<String, ProcessRef> refs, Map<String, ProcessRuntime> finals) {
        this.refs = refs;
        this.finals = finals;
    }

    /** Thrown for an expression that cannot be evaluated here; the message says why. */
    static final class NotStatic extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotStatic(String message) {
            super(message, null, false, false);
        }
    }

    Object eval(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.value();
            case Expr.StrLit s -> s.value();
            case Expr.BoolLit b -> b.value();
            case Expr.DurationLit d -> new DurationValue(d.nanos());
            case Expr.SignalLit s -> (long) Signals.byScriptName(s.name(), s.offset()).orElse(0);
            case Expr.Name n -> {
                if (refs.containsKey(n.id())) {
                    yield refs.get(n.id());
                }
                yield Constants.lookup(n.id()).orElseThrow(() -> new NotStatic("unknown name '" + n.id() + "'"));
            }
            case Expr.Member m -> {
                Object target = eval(m.target());
                if (target instanceof ProcessRef p && finals.containsKey(p.name())) {
                    ProcessRuntime pr = finals.get(p.name());
                    if (!pr.code().globalNames().contains(m.name())) {
                        throw new NotStatic("process '" + p.name() + "' has no variable '" + m.name() + "'");
                    }
                    yield pr.global(m.name());
                }
                throw new NotStatic("'." + m.name() + "' needs a process on its left");
            }
            case Expr.ListLit l -> {
                List<Object> values = new ArrayList<>();
                l.elements().forEach(x -> values.add(eval(x)));
                yield new SigList(values);
            }
            case Expr.SigSetLit s -> {
                long bits = 0;
                for (Expr x : s.elements()) {
                    bits |= SigSet.bit((int) Values.toRaw(eval(x)));
                }
                yield new SigSetValue(new SigSet(bits));
            }
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> -Values.toRaw(eval(u.operand()));
                case NOT -> !Values.isTruthy(eval(u.operand()));
                case BIT_NOT -> ~Values.toRaw(eval(u.operand()));
            };
            case Expr.Binary b -> binary(b);
            default -> throw new NotStatic("this expression cannot be evaluated outside a process");
        };
    }

    private Object binary(Expr.Binary b) {
        Object l = eval(b.left());
        Object r = eval(b.right());
        return switch (b.op()) {
            case EQ -> SigBinaryNode.equal(l, r);
            case NE -> !SigBinaryNode.equal(l, r);
            case AND -> Values.isTruthy(l) && Values.isTruthy(r);
            case OR -> Values.isTruthy(l) || Values.isTruthy(r);
            default -> {
                long x = Values.toRaw(l);
                long y = Values.toRaw(r);
                yield switch (b.op()) {
                    case LT -> x < y;
                    case LE -> x <= y;
                    case GT -> x > y;
                    case GE -> x >= y;
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MUL -> x * y;
                    case DIV -> y == 0 ? 0 : x / y;
                    case MOD -> y == 0 ? 0 : x % y;
                    case BIT_OR -> x | y;
                    case BIT_AND -> x & y;
                    default -> throw new NotStatic("operator " + b.op().symbol());
                };
            }
        };
    }
}
