package dev.sigscript.interp.builtins;

import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.SigSetValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The explicit list of builtins: name, parameters (with defaults for optional ones, given by
 * name: {@code flags: SA_SIGINFO}), and the node factory. The checker and the language server
 * read the same table.
 */
public final class Builtins {

    /** A parameter; {@code defaultValue} null means required. */
    public record Param(String name, Object defaultValue) {
        public boolean isRequired() {
            return defaultValue == null;
        }
    }

    /** One builtin. {@code varargs}: any number of positional arguments (print). {@code method}: called as x.name(...). */
    public record Spec(String name, List<Param> params, boolean varargs, boolean method, Supplier<SigBuiltinNode> factory,
            String summary) {
        public int required() {
            return (int) params.stream().filter(Param::isRequired).count();
        }

        public SigBuiltinNode create(SigExpressionNode[] args, long site) {
            return factory.get().init(args, site);
        }
    }

    private static final Map<String, Spec> ALL = new LinkedHashMap<>();

    private static Param req(String name) {
        return new Param(name, null);
    }

    private static void add(String name, Supplier<SigBuiltinNode> f, String summary, Param... params) {
        ALL.put(name, new Spec(name, List.of(params), false, false, f, summary));
    }

    static {
        ALL.put("print", new Spec("print", List.of(), true, false, SigPrintBuiltin::new,
                "print(values...): write one line to stdout (write(2) on fd 1)"));
        add("signal", SigSignalBuiltin::new, "glibc signal(): BSD semantics (SA_RESTART, sa_mask = {sig})",
                req("sig"), req("handler"));
        add("sysv_signal", SigSysvSignalBuiltin::new, "glibc sysv_signal(): SA_ONESHOT|SA_NOMASK, no SA_RESTART",
                req("sig"), req("handler"));
        add("sigaction", SigSigactionBuiltin::new, "sigaction(sig, handler, flags:, mask:) via rt_sigaction(2)",
                req("sig"), req("handler"), new Param("flags", 0L), new Param("mask", SigSetValue.EMPTY));
        add("sigprocmask", SigSigprocmaskBuiltin::new, "rt_sigprocmask(2); returns the old mask", req("how"), req("set"));
        add("sigpending", SigSigpendingBuiltin::new, "rt_sigpending(2); returns the pending set");
        add("sigsuspend", SigSigsuspendBuiltin::new, "rt_sigsuspend(2) with a temporary mask", req("mask"));
        add("kill", SigKillBuiltin::new, "kill(2)", req("pid"), req("sig"));
        add("raise", SigRaiseBuiltin::new, "glibc raise(): tgkill(getpid(), gettid(), sig)", req("sig"));
        add("tkill", SigTkillBuiltin::new, "tkill(2)", req("tid"), req("sig"));
        add("tgkill", SigTgkillBuiltin::new, "tgkill(2)", req("tgid"), req("tid"), req("sig"));
        add("sigqueue", SigSigqueueBuiltin::new, "sigqueue(3): rt_sigqueueinfo(2) with SI_QUEUE and a value",
                req("pid"), req("sig"), new Param("value", 0L));
        add("pause", SigPauseBuiltin::new, "pause(2)");
        add("sleep", SigSleepBuiltin::new, "glibc sleep(): clock_nanosleep(2)", req("duration"));
        add("nanosleep", SigNanosleepBuiltin::new, "nanosleep(2)", req("duration"));
        add("alarm", SigAlarmBuiltin::new, "alarm(2)", req("seconds"));
        add("getpid", SigGetpidBuiltin::new, "getpid(2)");
        add("getppid", SigGetppidBuiltin::new, "getppid(2)");
        add("gettid", SigGettidBuiltin::new, "gettid(2)");
        add("exit", SigExitBuiltin::new, "exit(3): exit_group(2)", new Param("status", 0L));
        add("_exit", Sig_exitBuiltin::new, "_exit(2): exit_group(2)", new Param("status", 0L));
        add("signame", SigSignameBuiltin::new, "the name of a signal", req("sig"));
        add("errname", SigErrnameBuiltin::new, "the name of an errno value", req("errno"));
        add("sigismember", SigSigismemberBuiltin::new, "whether a set holds a signal", req("set"), req("sig"));
        add("len", SigLenBuiltin::new, "length of a list, string or set", req("value"));
        ALL.put("push", new Spec("push", List.of(req("list"), req("value")), false, true, SigPushBuiltin::new,
                "list.push(value): append"));
    }

    private Builtins() {}

    public static Optional<Spec> lookup(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Map<String, Spec> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
