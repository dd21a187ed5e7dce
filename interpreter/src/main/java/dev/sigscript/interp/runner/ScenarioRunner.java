package dev.sigscript.interp.runner;

import dev.sigscript.interp.SigLanguage;
import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * The embedding entry point (used by the CLI and the tests): runs a script's text in a fresh
 * polyglot context and returns the exit code. Everything the run prints goes to {@code out}.
 */
public final class ScenarioRunner {

    /** What {@code sig run} lets a user choose. {@code seed} -1 means first-come-first-served. */
    public record Options(long seed, String trace, String format, long maxSteps) {
        public static final Options DEFAULT = new Options(-1, "syscalls", "text", 10_000_000L);

        public Options withSeed(long s) {
            return new Options(s, trace, format, maxSteps);
        }

        public Options withTrace(String t) {
            return new Options(seed, t, format, maxSteps);
        }
    }

    private ScenarioRunner() {}

    public static int run(String text, String fileName, Options options, OutputStream out) {
        try (Engine engine = Engine.newBuilder(SigLanguage.ID).out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false").build();
             Context context = Context.newBuilder(SigLanguage.ID).engine(engine).out(out).err(out)
                     .option("sig.Seed", Long.toString(options.seed()))
                     .option("sig.Trace", options.trace())
                     .option("sig.Format", options.format())
                     .option("sig.MaxSteps", Long.toString(options.maxSteps()))
                     .build()) {
            Source source = Source.newBuilder(SigLanguage.ID, text, fileName).buildLiteral();
            return context.eval(source).asInt();
        }
    }
}
