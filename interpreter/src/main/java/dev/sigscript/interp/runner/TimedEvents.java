package dev.sigscript.interp.runner;

import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.TimedEvent;
import dev.sigscript.interp.runtime.DurationValue;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.ScenarioRuntime;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.Kernel;
import java.util.List;
import java.util.Map;

/**
 * {@code at T: kill(main, SIGINT)} and {@code every D times N: ...}: sends by the scenario itself
 * (the shell), at virtual times, with si_pid = 0 (Kernel.shellKill / shellSigqueue).
 */
final class TimedEvents {
    private TimedEvents() {}

    static void schedule(List<TimedEvent> events, ScenarioRuntime runtime, Map<String, ProcessRef> refs) {
        StaticValues values = new StaticValues(refs, Map.of());
        Kernel kernel = runtime.kernel();
        for (TimedEvent e : events) {
            long when = nanos(values.eval(e.time()));
            List<Object> args = e.action().args().stream().map(Arg::value).map(values::eval).toList();
            Runnable action = action(kernel, e.action(), args);
            long times = e.every() ? e.times().map(t -> Values.toRaw(values.eval(t))).orElse(Long.MAX_VALUE) : 1;
            repeat(kernel, when, e.every() ? when : 0, times, action);
        }
    }

    private static void repeat(Kernel kernel, long when, long period, long times, Runnable action) {
        if (times <= 0) {
            return;
        }
        kernel.scheduler().at(when, () -> {
            action.run();
            if (period > 0) {
                repeat(kernel, when + period, period, times - 1, action);
            }
        });
    }

    private static long nanos(Object v) {
        return v instanceof DurationValue d ? d.nanos() : Values.toRaw(v) * 1_000_000_000L;
    }

    private static Runnable action(Kernel kernel, Expr.Call call, List<Object> args) {
        int pid = (int) Values.toRaw(args.get(0));
        int sig = (int) Values.toRaw(args.get(1));
        return switch (call.name()) {
            case "sigqueue" -> () -> kernel.shellSigqueue(pid, sig, args.size() > 2 ? Values.toRaw(args.get(2)) : 0);
            default -> () -> kernel.shellKill(pid, sig);
        };
    }
}
