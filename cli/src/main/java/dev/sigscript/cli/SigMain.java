package dev.sigscript.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sig} command: {@code run} a scenario, {@code check} it, {@code bench} the model.
 * Exit codes: 0 all expectations passed, 1 an expectation failed, 2 the script has errors (or
 * the command line is wrong).
 */
@Command(name = "sig", mixinStandardHelpOptions = true, versionProvider = SigMain.Version.class,
        description = "Run Linux signal scenarios against a model of the kernel and an emulated CPU.",
        subcommands = {RunCommand.class, CheckCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class SigMain implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command line with the given streams; {@return the exit code} */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new SigMain());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("sig: " + ex.getMessage());
            err.println("  hint: sig --help lists the commands and options");
            return 2;
        });
        return cl.execute(args);
    }

    /** {@code sig --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SigMain.class.getPackage().getImplementationVersion();
            return new String[] {"sig " + (v == null ? "0.1.0-SNAPSHOT" : v)
                    + " (Linux 6.x signal model, x86-64; Truffle 25.0.1; Java " + Runtime.version() + ")"};
        }
    }
}
