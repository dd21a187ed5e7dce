package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.interp.nodes.expression.SigBinaryNode;
import dev.sigscript.interp.runtime.ScenarioRuntime;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.trace.TraceEvent;

/**
 * {@code expect cond} inside a process: evaluated when reached; the result is recorded (and
 * shown in the trace). For a comparison, a failure shows both sides' values.
 */
public final class SigExpectNode extends SigStatementNode {
    @Child private SigExpressionNode cond;
    private final String text;

    public SigExpectNode(SigExpressionNode cond, String text) {
        this.cond = cond;
        this.text = text;
    }

    @Override
    public void execute(VirtualFrame frame) {
        TaskRuntime t = (TaskRuntime) frame.getArguments()[0];
        String detail = "";
        boolean ok;
        if (cond instanceof SigBinaryNode b && isComparison(b)) {
            Object l = b.left().execute(frame);
            Object r = b.right().execute(frame);
            ok = compare(b, l, r);
            detail = ok ? "" : describe(l, r);
        } else {
            ok = Values.isTruthy(cond.execute(frame));
        }
        record(t, ok, detail);
    }

    private static boolean isComparison(SigBinaryNode b) {
        return switch (b.op()) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    @TruffleBoundary
    private static boolean compare(SigBinaryNode b, Object l, Object r) {
        return switch (b.op()) {
            case EQ -> SigBinaryNode.equal(l, r);
            case NE -> !SigBinaryNode.equal(l, r);
            default -> l instanceof Long x && r instanceof Long y && switch (b.op()) {
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                default -> x >= y;
            };
        };
    }

    @TruffleBoundary
    private static String describe(Object l, Object r) {
        return "left is " + Values.display(l) + ", right is " + Values.display(r);
    }

    @TruffleBoundary
    private void record(TaskRuntime t, boolean ok, String detail) {
        ScenarioRuntime s = t.scenario();
        long now = s.kernel().now();
        s.expectResults().add(new ScenarioRuntime.ExpectResult(now, t.task().ref().label(), span().line(),
                span().column(), text, ok, detail));
        s.trace().emit(new TraceEvent.Note(now, t.task().ref(),
                "expect " + text + ": " + (ok ? "ok" : "FAILED" + (detail.isEmpty() ? "" : " (" + detail + ")"))));
    }
}
