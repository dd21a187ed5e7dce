package dev.sigscript.interp.check;

import dev.sigscript.grammar.ast.Arg;
import dev.sigscript.grammar.ast.Block;
import dev.sigscript.grammar.ast.Expectation;
import dev.sigscript.grammar.ast.Expr;
import dev.sigscript.grammar.ast.FnDecl;
import dev.sigscript.grammar.ast.HandlerDecl;
import dev.sigscript.grammar.ast.Param;
import dev.sigscript.grammar.ast.ProcessDecl;
import dev.sigscript.grammar.ast.Scenario;
import dev.sigscript.grammar.ast.Script;
import dev.sigscript.grammar.ast.Setting;
import dev.sigscript.grammar.ast.Span;
import dev.sigscript.grammar.ast.Stmt;
import dev.sigscript.grammar.ast.TimedEvent;
import dev.sigscript.grammar.diag.Diagnostic;
import dev.sigscript.grammar.diag.DiagnosticCode;
import dev.sigscript.interp.builtins.Builtins;
import dev.sigscript.kernel.abi.Signals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that run before a scenario does (and in the language server): names, signals,
 * calls and their arguments, handler arity, settings, and the calls the kernel will refuse.
 * Errors stop the run; warnings are printed and the run goes on (so a scenario can show the
 * EINVAL that sigaction(SIGKILL, ...) gets).
 */
public final class SemanticChecker {
    private final String file;
    private final List<Diagnostic> out = new ArrayList<>();
    private Set<String> processNames = Set.of();
    private Map<String, Integer> functionArity = Map.of();
    private Set<String> handlers = Set.of();
    private Set<String> globals = Set.of();
    private Set<String> immutableGlobals = Set.of();
    private int loopDepth;

    private SemanticChecker(String file) {
        this.file = file;
    }

    public static List<Diagnostic> check(Script script) {
        SemanticChecker c = new SemanticChecker(script.file().name());
        for (Scenario s : script.scenarios()) {
            c.scenario(s);
        }
        c.out.sort(null);
        return List.copyOf(c.out);
    }

    private void error(Span span, DiagnosticCode code, String message, String hint) {
        out.add(Diagnostic.error(file, span, code, message, hint));
    }

    private void warning(Span span, DiagnosticCode code, String message, String hint) {
        out.add(Diagnostic.warning(file, span, code, message, hint));
    }

    private void scenario(Scenario s) {
        processNames = new LinkedHashSet<>();
        for (ProcessDecl p : s.processes()) {
            if (!processNames.add(p.name())) {
                error(p.nameSpan(), DiagnosticCode.DUPLICATE_DECLARATION, "process '" + p.name() + "' is declared twice",
                        "give each process its own name");
            }
        }
        if (s.processes().isEmpty()) {
            error(s.span(), DiagnosticCode.EMPTY_SCENARIO, "scenario \"" + s.title() + "\" has no process",
                    "add process NAME { ... }");
        }
        for (Setting st : s.settings()) {
            setting(st);
        }
        for (Stmt.Let let : s.shared()) {
            error(let.span(), DiagnosticCode.UNSUPPORTED, "scenario-level let is not supported yet",
                    "declare the value inside the process that uses it");
        }
        for (ProcessDecl p : s.processes()) {
            process(p);
        }
        for (TimedEvent e : s.events()) {
            timed(e);
        }
        for (Expectation e : s.expectations()) {
            expectation(e);
        }
    }

    private void setting(Setting st) {
        String value = st.args().isEmpty() ? "" : st.args().getFirst() instanceof Expr.Name n ? n.id() : "";
        switch (st.key()) {
            case "arch" -> {
                if (!value.equals("x86_64")) {
                    error(st.span(), DiagnosticCode.BAD_SETTING, "arch '" + value + "' is not modelled yet",
                            "use arch x86_64 (i386, arm and arm64 are planned)");
                }
            }
            case "restorer" -> {
                if (!value.equals("libc")) {
                    error(st.span(), DiagnosticCode.BAD_SETTING, "restorer '" + value + "' is not modelled yet",
                            "use restorer libc (glibc's __restore_rt, the x86-64 default)");
                }
            }
            case "seed" -> {
                if (st.args().size() != 1 || !(st.args().getFirst() instanceof Expr.IntLit)) {
                    error(st.span(), DiagnosticCode.BAD_SETTING, "seed needs one integer", "write seed 42");
                }
            }
            case "rlimit" -> {
                if (st.args().size() != 2 || !value.equals("RLIMIT_SIGPENDING")
                        || !(st.args().get(1) instanceof Expr.IntLit)) {
                    error(st.span(), DiagnosticCode.BAD_SETTING, "expected rlimit RLIMIT_SIGPENDING <count>",
                            "RLIMIT_SIGPENDING is the only limit modelled so far");
                }
            }
            default -> error(st.span(), DiagnosticCode.BAD_SETTING, "unknown setting '" + st.key() + "'",
                    "settings are arch, seed, rlimit and restorer");
        }
    }

    private void process(ProcessDecl p) {
        for (Setting attr : p.attributes()) {
            if (!attr.key().equals("uid")) {
                error(attr.span(), DiagnosticCode.UNSUPPORTED, "process attribute '" + attr.key()
                        + "' is not supported yet", "only uid N is modelled so far");
            }
        }
        if (!p.threads().isEmpty()) {
            error(p.threads().getFirst().span(), DiagnosticCode.UNSUPPORTED, "threads are not supported yet",
                    "use a second process for now");
        }
        functionArity = new HashMap<>();
        handlers = new HashSet<>();
        for (HandlerDecl h : p.handlers()) {
            declareFunction(h.name(), h.nameSpan(), h.params().size());
            handlers.add(h.name());
            if (h.params().isEmpty() || h.params().size() > 3) {
                error(h.nameSpan(), DiagnosticCode.HANDLER_ARITY, "handler '" + h.name() + "' takes "
                        + h.params().size() + " parameters", "a handler takes (sig), (sig, info) or (sig, info, ctx)");
            }
        }
        for (FnDecl f : p.functions()) {
            declareFunction(f.name(), f.nameSpan(), f.params().size());
        }
        globals = new HashSet<>();
        immutableGlobals = new HashSet<>();
        for (Stmt s : p.body()) {
            if (s instanceof Stmt.Let let) {
                globals.add(let.name());
                if (!let.mutable()) {
                    immutableGlobals.add(let.name());
                }
            }
        }
        for (HandlerDecl h : p.handlers()) {
            body(h.params(), h.body());
        }
        for (FnDecl f : p.functions()) {
            body(f.params(), f.body());
        }
        Scope top = new Scope(null);
        statements(p.body(), top);
    }

    private void declareFunction(String name, Span span, int arity) {
        if (functionArity.put(name, arity) != null) {
            error(span, DiagnosticCode.DUPLICATE_DECLARATION, "'" + name + "' is declared twice in this process",
                    "rename one of them");
        }
    }

    private void body(List<Param> params, Block b) {
        Scope s = new Scope(null);
        for (Param p : params) {
            s.names.put(p.name(), true);
        }
        statements(b.stmts(), s);
    }

    /** Block-scoped names: name -> mutable. */
    private static final class Scope {
        final Scope parent;
        final Map<String, Boolean> names = new HashMap<>();

        Scope(Scope parent) {
            this.parent = parent;
        }

        Boolean lookup(String n) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.names.containsKey(n)) {
                    return s.names.get(n);
                }
            }
            return null;
        }
    }

    private void statements(List<Stmt> stmts, Scope scope) {
        boolean exited = false;
        for (Stmt s : stmts) {
            if (exited) {
                warning(s.span(), DiagnosticCode.UNREACHABLE_CODE, "this statement is never reached",
                        "exit() does not return");
                exited = false;
            }
            stmt(s, scope);
            if (s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Call c
                    && (c.name().equals("exit") || c.name().equals("_exit")) && c.callee() instanceof Expr.Name) {
                exited = true;
            }
        }
    }

    private void block(Block b, Scope scope) {
        statements(b.stmts(), new Scope(scope));
    }

    private void stmt(Stmt s, Scope scope) {
        switch (s) {
            case Stmt.Let let -> {
                expr(let.init(), scope);
                if (scope.parent != null || !globals.contains(let.name())) {
                    scope.names.put(let.name(), let.mutable());
                }
            }
            case Stmt.Assign a -> {
                expr(a.value(), scope);
                if (a.target() instanceof Expr.Name n) {
                    Boolean mutable = scope.lookup(n.id());
                    if (mutable == null && !globals.contains(n.id())) {
                        unknownName(n);
                    } else if (Boolean.FALSE.equals(mutable)
                            || (mutable == null && immutableGlobals.contains(n.id()))) {
                        error(n.span(), DiagnosticCode.ASSIGN_TO_CONSTANT, "'" + n.id() + "' is declared with let",
                                "declare it with var to change it");
                    }
                } else {
                    expr(a.target(), scope);
                }
            }
            case Stmt.If i -> {
                expr(i.cond(), scope);
                block(i.then(), scope);
                i.orElse().ifPresent(b -> block(b, scope));
            }
            case Stmt.While w -> {
                expr(w.cond(), scope);
                loop(w.body(), scope);
            }
            case Stmt.Loop l -> loop(l.body(), scope);
            case Stmt.For f -> {
                expr(f.from(), scope);
                expr(f.to(), scope);
                Scope inner = new Scope(scope);
                inner.names.put(f.var(), false);
                loopDepth++;
                block(f.body(), inner);
                loopDepth--;
            }
            case Stmt.Break b -> outsideLoop(b.span(), "break");
            case Stmt.Continue c -> outsideLoop(c.span(), "continue");
            case Stmt.Return r -> r.value().ifPresent(v -> expr(v, scope));
            case Stmt.ExprStmt e -> expr(e.expr(), scope);
            case Stmt.Expect e -> expr(e.cond(), scope);
            case Stmt.Dump d -> {
                if (!dev.sigscript.interp.nodes.SigDumpNode.WHAT.contains(d.what())) {
                    error(d.whatSpan(), DiagnosticCode.UNKNOWN_DUMP, "cannot dump '" + d.what() + "'",
                            "dump frame, regs, mask or pending");
                }
            }
            case Stmt.Exec e -> error(e.span(), DiagnosticCode.UNSUPPORTED, "exec is not supported yet",
                    "exec comes with the process-model work");
        }
    }

    private void loop(Block body, Scope scope) {
        loopDepth++;
        block(body, scope);
        loopDepth--;
    }

    private void outsideLoop(Span span, String what) {
        if (loopDepth == 0) {
            error(span, DiagnosticCode.BREAK_OUTSIDE_LOOP, what + " outside a loop", "use return to leave a function");
        }
    }

    void expr(Expr e, Scope scope) {
        switch (e) {
            case Expr.SignalLit s -> signal(s);
            case Expr.Name n -> {
                if (scope.lookup(n.id()) == null && !globals.contains(n.id()) && !functionArity.containsKey(n.id())
                        && !processNames.contains(n.id()) && !n.id().equals("errno")
                        && Constants.lookup(n.id()).isEmpty()) {
                    unknownName(n);
                }
            }
            case Expr.SigSetLit s -> s.elements().forEach(x -> expr(x, scope));
            case Expr.ListLit l -> l.elements().forEach(x -> expr(x, scope));
            case Expr.Call c -> call(c, scope);
            case Expr.Binary b -> {
                expr(b.left(), scope);
                expr(b.right(), scope);
            }
            case Expr.Unary u -> expr(u.operand(), scope);
            case Expr.Member m -> expr(m.target(), scope);
            case Expr.Index i -> {
                expr(i.target(), scope);
                expr(i.index(), scope);
            }
            case Expr.Fork f -> error(f.span(), DiagnosticCode.UNSUPPORTED, "fork is not supported yet",
                    "declare a second process instead");
            case Expr.IntLit i -> { }
            case Expr.StrLit s -> { }
            case Expr.BoolLit b -> { }
            case Expr.DurationLit d -> { }
        }
    }

    private void unknownName(Expr.Name n) {
        Set<String> candidates = new HashSet<>(globals);
        candidates.addAll(functionArity.keySet());
        candidates.addAll(processNames);
        candidates.addAll(Constants.all().keySet());
        String hint = Suggestions.closest(n.id(), candidates).map(c -> "did you mean " + c + "?")
                .orElse("declare it with let or var first");
        error(n.span(), DiagnosticCode.UNKNOWN_NAME, "unknown name '" + n.id() + "'", hint);
    }

    private int signal(Expr.SignalLit s) {
        var sig = Signals.byScriptName(s.name(), s.offset());
        if (sig.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 31; i++) {
                names.add(Signals.name(i));
            }
            names.add("SIGRTMIN");
            names.add("SIGRTMAX");
            String hint = s.offset() != 0 ? "only SIGRTMIN+n and SIGRTMAX-n take an offset, within SIGRTMIN..SIGRTMAX"
                    : Suggestions.closest(s.name(), names).map(c -> "did you mean " + c + "?")
                            .orElse("signal names are listed in signal(7)");
            error(s.span(), DiagnosticCode.UNKNOWN_SIGNAL, "unknown signal '" + s.text() + "'", hint);
            return 0;
        }
        return sig.getAsInt();
    }

    private void call(Expr.Call c, Scope scope) {
        for (Arg a : c.args()) {
            expr(a.value(), scope);
        }
        if (c.callee() instanceof Expr.Member m) {
            expr(m.target(), scope);
            if (Builtins.lookup(m.name()).filter(Builtins.Spec::method).isEmpty()) {
                error(m.nameSpan(), DiagnosticCode.UNKNOWN_FUNCTION, "no method '" + m.name() + "'",
                        "lists have push(value)");
            }
            return;
        }
        if (!(c.callee() instanceof Expr.Name n)) {
            error(c.span(), DiagnosticCode.UNKNOWN_FUNCTION, "only named functions can be called", null);
            return;
        }
        String name = n.id();
        if (functionArity.containsKey(name)) {
            int want = functionArity.get(name);
            if (c.args().size() != want) {
                error(c.span(), DiagnosticCode.WRONG_ARGUMENTS, "'" + name + "' takes " + want + " arguments, "
                        + c.args().size() + " given", null);
            }
            return;
        }
        var spec = Builtins.lookup(name).filter(b -> !b.method());
        if (spec.isEmpty()) {
            Set<String> candidates = new HashSet<>(functionArity.keySet());
            Builtins.all().values().stream().filter(b -> !b.method()).forEach(b -> candidates.add(b.name()));
            error(n.span(), DiagnosticCode.UNKNOWN_FUNCTION, "unknown function '" + name + "'",
                    Suggestions.closest(name, candidates).map(x -> "did you mean " + x + "?")
                            .orElse("declare it with fn " + name + "(...) { } in this process"));
            return;
        }
        arguments(c, spec.get());
        uncatchable(c);
    }

    private void arguments(Expr.Call c, Builtins.Spec spec) {
        if (spec.varargs()) {
            return;
        }
        long positional = c.args().stream().filter(a -> !a.isNamed()).count();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < positional && i < spec.params().size(); i++) {
            given.add(spec.params().get(i).name());
        }
        if (positional > spec.params().size()) {
            error(c.span(), DiagnosticCode.WRONG_ARGUMENTS, c.name() + " takes at most " + spec.params().size()
                    + " arguments, " + positional + " given", "parameters: " + paramList(spec));
        }
        for (Arg a : c.args()) {
            if (a.isNamed()) {
                String an = a.name().get();
                if (spec.params().stream().noneMatch(p -> p.name().equals(an))) {
                    error(a.span(), DiagnosticCode.WRONG_ARGUMENTS, c.name() + " has no parameter '" + an + "'",
                            "parameters: " + paramList(spec));
                }
                given.add(an);
            }
        }
        for (Builtins.Param p : spec.params()) {
            if (p.isRequired() && !given.contains(p.name())) {
                error(c.span(), DiagnosticCode.WRONG_ARGUMENTS, c.name() + " needs its '" + p.name() + "' argument",
                        "parameters: " + paramList(spec));
            }
        }
    }

    private static String paramList(Builtins.Spec spec) {
        return String.join(", ", spec.params().stream().map(p -> p.isRequired() ? p.name() : p.name() + ":").toList());
    }

    /** sigaction/signal of SIGKILL or SIGSTOP with a handler or SIG_IGN: the kernel answers EINVAL. */
    private void uncatchable(Expr.Call c) {
        if (!List.of("sigaction", "signal", "sysv_signal").contains(c.name()) || c.args().size() < 2) {
            return;
        }
        if (c.args().get(0).value() instanceof Expr.SignalLit s && (s.name().equals("SIGKILL")
                || s.name().equals("SIGSTOP")) && s.offset() == 0) {
            boolean dfl = c.args().get(1).value() instanceof Expr.Name h && h.id().equals("SIG_DFL");
            if (!dfl) {
                warning(c.span(), DiagnosticCode.UNCATCHABLE_SIGNAL, s.name() + " cannot be caught or ignored: "
                        + c.name() + " will fail with EINVAL", "only SIG_DFL is accepted for " + s.name());
            }
        }
        if (c.name().equals("sigaction") && c.args().get(1).value() instanceof Expr.Name h && handlers.contains(h.id())
                && functionArity.getOrDefault(h.id(), 1) > 1) {
            boolean siginfo = c.args().stream().anyMatch(a -> a.name().filter("flags"::equals).isPresent()
                    && mentions(a.value(), "SA_SIGINFO"));
            if (!siginfo) {
                warning(c.span(), DiagnosticCode.NEEDS_SA_SIGINFO, "handler '" + h.id() + "' takes info but is installed"
                        + " without SA_SIGINFO", "add flags: SA_SIGINFO (x86-64 passes info anyway; POSIX does not)");
            }
        }
    }

    private static boolean mentions(Expr e, String name) {
        return switch (e) {
            case Expr.Name n -> n.id().equals(name);
            case Expr.Binary b -> mentions(b.left(), name) || mentions(b.right(), name);
            default -> false;
        };
    }

    private void timed(TimedEvent e) {
        Expr.Call c = e.action();
        if (!List.of("kill", "sigqueue").contains(c.name())) {
            error(c.span(), DiagnosticCode.UNSUPPORTED, "a timed event can call kill or sigqueue, not '" + c.name() + "'",
                    "put other calls inside a process");
        }
        Scope none = new Scope(null);
        Set<String> savedGlobals = globals;
        globals = Set.of();
        functionArity = Map.of();
        for (Arg a : c.args()) {
            expr(a.value(), none);
        }
        globals = savedGlobals;
        e.from().ifPresent(f -> error(e.span(), DiagnosticCode.UNSUPPORTED, "'from' is not supported yet", null));
    }

    private void expectation(Expectation e) {
        String process = switch (e) {
            case Expectation.Exited x -> x.process();
            case Expectation.KilledBy k -> k.process();
            case Expectation.StoppedBy s -> s.process();
            case Expectation.Printed p -> p.process();
            case Expectation.Handled h -> h.process();
            case Expectation.Holds h -> null;
        };
        if (process != null && !processNames.contains(process)) {
            error(e.span(), DiagnosticCode.UNKNOWN_PROCESS, "unknown process '" + process + "'",
                    Suggestions.closest(process, processNames).map(x -> "did you mean " + x + "?").orElse(null));
        }
        switch (e) {
            case Expectation.KilledBy k -> signalExpr(k.signal());
            case Expectation.StoppedBy s -> signalExpr(s.signal());
            case Expectation.Handled h -> signalExpr(h.signal());
            default -> { }
        }
    }

    private void signalExpr(Expr e) {
        if (e instanceof Expr.SignalLit s) {
            signal(s);
        } else {
            error(e.span(), DiagnosticCode.UNKNOWN_SIGNAL, "expected a signal name here", "e.g. SIGKILL");
        }
    }

}
