package dev.sigscript.interp;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** The language's options, set by the runner as {@code sig.Seed} etc. */
@Option.Group("sig")
public final class SigOptions {
    @Option(help = "Seed for scheduling choices; -1 means first-come-first-served (no randomness).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Long> Seed = new OptionKey<>(-1L);

    @Option(help = "Trace level: signals, syscalls or kernel.", category = OptionCategory.USER,
            stability = OptionStability.STABLE)
    public static final OptionKey<String> Trace = new OptionKey<>("syscalls");

    @Option(help = "Output format: text or json.", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Format = new OptionKey<>("text");

    @Option(help = "Step budget per scenario.", category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Long> MaxSteps = new OptionKey<>(10_000_000L);

    @Option(help = "Display name of the script file in messages.", category = OptionCategory.INTERNAL,
            stability = OptionStability.EXPERIMENTAL)
    public static final OptionKey<String> FileName = new OptionKey<>("");

    private SigOptions() {}
}
