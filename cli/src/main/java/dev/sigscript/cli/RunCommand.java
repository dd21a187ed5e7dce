package dev.sigscript.cli;

import dev.sigscript.interp.runner.ScenarioRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sig run FILE}: run the scenarios, print the trace and the expectation results. */
@Command(name = "run", description = "Run a scenario file and print an strace-like trace and the expectations.")
final class RunCommand implements Callable<Integer> {
    enum Trace { syscalls, signals, kernel }

    enum Format { text, json }

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .sig script")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "seeded random schedule (default: first come, first served)")
    Long seed;

    @Option(names = "--trace", paramLabel = "LEVEL", description = "syscalls (default), signals or kernel")
    Trace trace = Trace.syscalls;

    @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json")
    Format format = Format.text;

    @Option(names = "--max-steps", paramLabel = "N", description = "step budget (default 10000000)")
    long maxSteps = 10_000_000L;

    @Override
    public Integer call() {
        var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        return ScriptFile.read(file, System.err).map(text -> ScenarioRunner.run(text, file.toString(),
                new ScenarioRunner.Options(seed == null ? -1 : seed, trace.name(), format.name(), maxSteps), out))
                .orElse(2);
    }
}
