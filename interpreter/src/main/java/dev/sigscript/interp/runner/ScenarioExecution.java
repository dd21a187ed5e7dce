package dev.sigscript.interp.runner;

import dev.sigscript.cpu.x86.X86_64Cpu;
import dev.sigscript.grammar.ParseResult;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.Scenario;
import dev.sigscript.grammar.ast.Setting;
import dev.sigscript.grammar.ast.TimedEvent;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.interp.SigContext;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.SigLanguage;
import dev.sigscript.interp.SigOptions;
import dev.sigscript.interp.check.SemanticChecker;
import dev.sigscript.interp.render.JsonRenderer;
import dev.sigscript.interp.render.TextRenderer;
import dev.sigscript.interp.render.TraceLevel;
import dev.sigscript.interp.runtime.CodeMap;
import dev.sigscript.interp.runtime.ProcessCode;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.ProcessRuntime;
import dev.sigscript.interp.runtime.ScenarioRuntime;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.UserMode;
import dev.sigscript.interp.runtime.Values;
import dev.sigscript.interp.translate.NodeFactory;
import dev.sigscript.kernel.Kernel;
import dev.sigscript.kernel.KernelConfig;
import dev.sigscript.kernel.Task;
import dev.sigscript.kernel.arch.X86_64Frames;
import dev.sigscript.kernel.sched.ChoiceSource;
import dev.sigscript.kernel.sched.RunEnd;
import dev.sigscript.kernel.sched.VirtualClock;
import dev.sigscript.kernel.trace.TraceSink;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of a script: check it, then for each scenario build a kernel, translate and spawn the
 * processes, schedule the timed events, run to the end, and report the expectations.
 * Exit code: 0 every expectation passed, 1 one failed, 2 the script has errors (syntax,
 * checks, a run-time error or an exhausted budget).
 */
public final class ScenarioExecution {
    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int SCRIPT_ERROR = 2;

    private final SigLanguage language;
    private final SigContext context;
    private final PrintStream out;
    private final ParseResult parsed;

    private ScenarioExecution(SigLanguage language, SigContext context, ParseResult parsed) {
        this.language = language;
        this.context = context;
        this.out = context.out();
        this.parsed = parsed;
    }

    public static int runAll(SigLanguage language, SigContext context, ParseResult parsed) {
        return new ScenarioExecution(language, context, parsed).run();
    }

    private int run() {
        try {
            List<Diagnostic> diagnostics = new java.util.ArrayList<>(parsed.diagnostics());
            parsed.ast().ifPresent(a -> diagnostics.addAll(SemanticChecker.check(a)));
            for (Diagnostic d : diagnostics) {
                out.println(d.format());
            }
            if (parsed.ast().isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
                long errors = diagnostics.stream().filter(Diagnostic::isError).count();
                out.println(errors + (errors == 1 ? " error" : " errors") + "; nothing was run");
                return SCRIPT_ERROR;
            }
            int worst = PASSED;
            boolean first = true;
            for (Scenario s : parsed.ast().get().scenarios()) {
                if (!first) {
                    out.println();
                }
                first = false;
                worst = Math.max(worst, scenario(s));
            }
            return worst;
        } finally {
            out.flush();
        }
    }

    private int scenario(Scenario s) {
        var env = context.env();
        long seed = env.getOptions().get(SigOptions.Seed);
        for (Setting st : s.settings()) {
            if (st.key().equals("seed") && seed < 0 && st.args().getFirst() instanceof Expr.IntLit i) {
                seed = i.value();
            }
        }
        TraceLevel level = TraceLevel.valueOf(env.getOptions().get(SigOptions.Trace).toUpperCase(Locale.ROOT));
        boolean json = env.getOptions().get(SigOptions.Format).equals("json");
        TraceSink sink = json ? new JsonRenderer(out, level) : new TextRenderer(out, level);
        KernelConfig config = KernelConfig.DEFAULT.withBudget(KernelConfig.DEFAULT.budget()
                .withMaxSteps(env.getOptions().get(SigOptions.MaxSteps)));
        for (Setting st : s.settings()) {
            if (st.key().equals("rlimit") && st.args().get(1) instanceof Expr.IntLit n) {
                config = config.withRlimitSigpending(n.value());
            }
        }
        ChoiceSource choices = seed < 0 ? ChoiceSource.fifo() : ChoiceSource.seeded(seed);
        if (!json) {
            out.println("# scenario \"" + s.title() + "\" (arch x86_64, " + (seed < 0 ? "schedule fifo" : "seed " + seed)
                    + ")");
        }
        Kernel kernel = new Kernel(config, new X86_64Frames(), sink, choices);
        CodeMap code = new CodeMap();
        String file = parsed.file().name();
        ScenarioRuntime runtime = new ScenarioRuntime(kernel, new X86_64Cpu(), code, file, sink);
        Map<String, ProcessRef> refs = new LinkedHashMap<>();
        List<ProcessDecl> decls = s.processes();
        for (int i = 0; i < decls.size(); i++) {
            refs.put(decls.get(i).name(), new ProcessRef(decls.get(i).name(), 2 + i));
        }
        NodeFactory factory = new NodeFactory(language, parsed.file(), code, refs);
        for (ProcessDecl p : decls) {
            spawn(runtime, factory.process(p, uid(p)));
        }
        TimedEvents.schedule(s.events(), runtime, refs);
        RunEnd end = kernel.run();
        int status = reportEnd(end, runtime);
        int expectations = Expectations.report(s, runtime, refs, parsed.file().text(), out, json);
        return Math.max(status, expectations);
    }

    private static int uid(ProcessDecl p) {
        for (Setting a : p.attributes()) {
            if (a.key().equals("uid") && a.args().getFirst() instanceof Expr.IntLit i) {
                return (int) i.value();
            }
        }
        return 0;
    }

    private static void spawn(ScenarioRuntime runtime, ProcessCode code) {
        TaskRuntime[] self = new TaskRuntime[1];
        Task task = runtime.kernel().spawnProcess(code.name(), code.uid(), () -> runMain(self[0]));
        ProcessRuntime process = new ProcessRuntime(code, task.pid());
        runtime.processes().put(code.name(), process);
        self[0] = new TaskRuntime(runtime, task, process);
        for (var f : code.functions().values()) {
            task.mm().symbols().define(f.address(), f.name());
        }
        task.mm().symbols().define(code.mainAddress(), code.name());
    }

    /** The process's first instruction: call main, then return into the exit stub (exit_group(main's value)). */
    private static void runMain(TaskRuntime t) {
        t.regs().rip(t.process().code().mainAddress());
        Object result = t.process().code().main().call(t);
        t.regs().rax(Values.toRaw(result));
        UserMode.emulateRet(t);
        UserMode.run(t, UserMode.NO_WAIT, UserMode.NO_WAIT);
    }

    private int reportEnd(RunEnd end, ScenarioRuntime runtime) {
        String at = VirtualClock.format(end.time());
        return switch (end.reason()) {
            case ALL_EXITED -> PASSED;
            case DEADLOCK -> {
                for (Task t : runtime.kernel().tasks()) {
                    if (t.group().exitStatus().isEmpty()) {
                        out.println(at + " " + t.ref().label() + " # still " + t.state().toString().toLowerCase(Locale.ROOT)
                                + " at the end: nothing left can wake it");
                    }
                }
                yield PASSED;
            }
            case BUDGET -> {
                out.println(parsed.file().name() + ": error[SIG2001]: " + end.detail().orElse("budget exceeded")
                        + " at " + at + "s");
                out.println("  hint: add a sleep or an exit to the loop, or raise the budget with --max-steps");
                yield SCRIPT_ERROR;
            }
            case ERROR -> {
                Throwable t = end.error().orElse(null);
                if (t instanceof SigException e) {
                    out.println((e.location() == null ? parsed.file().name() : e.location()) + ": error["
                            + e.code().code() + "]: " + e.getMessage());
                } else {
                    out.println(parsed.file().name() + ": internal error: " + t
                            + " (this is a bug in sig; please report it with the script)");
                    if (t != null && System.getenv("SIG_DEBUG") != null) {
                        t.printStackTrace(out);
                    }
                }
                yield SCRIPT_ERROR;
            }
        };
    }
}
