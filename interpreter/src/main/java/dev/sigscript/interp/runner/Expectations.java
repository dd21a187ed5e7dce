package dev.sigscript.interp.runner;

import dev.sigscript.grammar.ast.Block;
import dev.sigscript.grammar.ast.Expectation;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.Scenario;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.interp.render.JsonRenderer;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.ProcessRuntime;
import dev.sigscript.interp.runtime.ScenarioRuntime;
import dev.sigscript.interp.runtime.ScenarioRuntime.ExpectResult;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.kernel.ExitStatus;
import dev.sigscript.kernel.ThreadGroup;
import dev.sigscript.kernel.abi.Signals;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The end of a run: every {@code expect} inside processes (including those never reached) and
 * every scenario-level expectation, checked against the final state, printed one per line.
 */
final class Expectations {
    private Expectations() {}

    static int report(Scenario s, ScenarioRuntime runtime, Map<String, ProcessRef> refs, String source, PrintStream out,
            boolean json) {
        String file = runtime.fileName();
        List<String> lines = new ArrayList<>();
        int failed = 0;
        int total = 0;
        Set<String> reached = new HashSet<>();
        for (ExpectResult r : runtime.expectResults()) {
            reached.add(r.line() + ":" + r.column());
            total++;
            failed += r.passed() ? 0 : 1;
            lines.add(line(r.passed(), file + ":" + r.line() + ":" + r.column(), r.task() + " expect " + r.text()
                    + (r.detail().isEmpty() ? "" : ": " + r.detail()), json));
        }
        for (ProcessDecl p : s.processes()) {
            for (Stmt.Expect e : expects(p)) {
                if (!reached.contains(e.span().line() + ":" + e.span().column())) {
                    total++;
                    failed++;
                    lines.add(line(false, file + ":" + e.span().line() + ":" + e.span().column(),
                            p.name() + " expect " + text(source, e.cond().span()) + ": never reached", json));
                }
            }
        }
        StaticValues finals = new StaticValues(refs, runtime.processes());
        for (Expectation e : s.expectations()) {
            total++;
            String problem = check(e, runtime, finals);
            failed += problem == null ? 0 : 1;
            lines.add(line(problem == null, file + ":" + e.span().line() + ":" + e.span().column(),
                    "expect " + text(source, e.span()).replaceFirst("^expect\\s+", "")
                            + (problem == null ? "" : ": " + problem), json));
        }
        if (total == 0) {
            return ScenarioExecution.PASSED;
        }
        if (!json) {
            out.println();
            out.println("expectations:");
        }
        lines.forEach(out::println);
        if (!json) {
            out.println(failed == 0 ? "all " + total + " expectations passed"
                    : failed + " of " + total + " expectations failed");
        }
        return failed == 0 ? ScenarioExecution.PASSED : ScenarioExecution.FAILED;
    }

    private static String line(boolean ok, String where, String what, boolean json) {
        if (json) {
            return "{\"type\":\"expectation\",\"passed\":" + ok + ",\"at\":" + JsonRenderer.str(where) + ",\"text\":"
                    + JsonRenderer.str(what) + "}";
        }
        return "  " + (ok ? "ok  " : "FAIL") + "  " + where + "  " + what;
    }

    private static String text(String source, dev.sigscript.grammar.ast.Span span) {
        return source.substring(span.start(), Math.min(span.end(), source.length()));
    }

    private static List<Stmt.Expect> expects(ProcessDecl p) {
        List<Stmt.Expect> out = new ArrayList<>();
        p.body().forEach(st -> collect(st, out));
        p.handlers().forEach(h -> h.body().stmts().forEach(st -> collect(st, out)));
        p.functions().forEach(f -> f.body().stmts().forEach(st -> collect(st, out)));
        return out;
    }

    private static void collect(Stmt s, List<Stmt.Expect> out) {
        switch (s) {
            case Stmt.Expect e -> out.add(e);
            case Stmt.If i -> {
                block(i.then(), out);
                i.orElse().ifPresent(b -> block(b, out));
            }
            case Stmt.While w -> block(w.body(), out);
            case Stmt.Loop l -> block(l.body(), out);
            case Stmt.For f -> block(f.body(), out);
            default -> { }
        }
    }

    private static void block(Block b, List<Stmt.Expect> out) {
        b.stmts().forEach(st -> collect(st, out));
    }

    /** {@return null if the expectation holds, else what was found instead} */
    private static String check(Expectation e, ScenarioRuntime runtime, StaticValues finals) {
        try {
            return switch (e) {
                case Expectation.Exited x -> {
                    Optional<ExitStatus> st = status(runtime, x.process());
                    long want = (long) Values.toRaw(finals.eval(x.code()));
                    yield st.isPresent() && st.get().exited() && st.get().code() == want ? null : describe(st);
                }
                case Expectation.KilledBy k -> {
                    Optional<ExitStatus> st = status(runtime, k.process());
                    int sig = (int) Values.toRaw(finals.eval(k.signal()));
                    yield st.isPresent() && !st.get().exited() && st.get().signo() == sig
                            && (!k.coreDumped() || st.get().coreDumped()) ? null : describe(st);
                }
                case Expectation.StoppedBy st -> "stopped-by expectations come with job control";
                case Expectation.Printed p -> {
                    String stdout = group(runtime, p.process()).stdout();
                    yield stdout.lines().anyMatch(p.text()::equals) ? null
                            : "its output was " + dev.sigscript.interp.render.StraceFormat.quote(stdout);
                }
                case Expectation.Handled h -> {
                    int sig = (int) Values.toRaw(finals.eval(h.signal()));
                    long want = Values.toRaw(finals.eval(h.times()));
                    int got = group(runtime, h.process()).handledCount(sig);
                    yield got == want ? null : "handled " + Signals.name(sig) + " " + got + " times";
                }
                case Expectation.Holds h -> Values.isTruthy(finals.eval(h.cond())) ? null : "it is false";
            };
        } catch (StaticValues.NotStatic ex) {
            return ex.getMessage();
        }
    }

    private static ThreadGroup group(ScenarioRuntime runtime, String process) {
        ProcessRuntime pr = runtime.processes().get(process);
        return runtime.kernel().taskByPid(pr.pid()).orElseThrow().group();
    }

    private static Optional<ExitStatus> status(ScenarioRuntime runtime, String process) {
        return group(runtime, process).exitStatus();
    }

    private static String describe(Optional<ExitStatus> st) {
        if (st.isEmpty()) {
            return "it had not ended";
        }
        ExitStatus s = st.get();
        return s.exited() ? "it exited with " + s.code()
                : "it was killed by " + Signals.name(s.signo()) + (s.coreDumped() ? " (core dumped)" : "");
    }
}
