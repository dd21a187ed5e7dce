package dev.sigscript.interp;

import com.oracle.truffle.api.TruffleLanguage;
import java.io.PrintStream;

/** Per-context state: the environment (options, output stream). */
public final class SigContext {
    private final TruffleLanguage.Env env;
    private final PrintStream out;

    SigContext(TruffleLanguage.Env env) {
        this.env = env;
        this.out = new PrintStream(env.out(), false, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final TruffleLanguage.ContextReference<SigContext> REFERENCE =
            TruffleLanguage.ContextReference.create(SigLanguage.class);

    public static SigContext get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    public PrintStream out() {
        return out;
    }
}
