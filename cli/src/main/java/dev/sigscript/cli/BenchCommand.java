package dev.sigscript.cli;

import dev.sigscript.interp.runner.ScenarioRunner;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sig bench}: the ping-pong benchmark. Two simulated processes each block SIGUSR1 and
 * wait in sigsuspend; each handler sends SIGUSR1 to the other, so every delivery is a full
 * round through the model: kill → __send_signal → wake-up → schedule → sigsuspend returns
 * -ERESTARTNOHAND → setup_rt_frame writes the frame → the handler runs → __restore_rt bytes
 * are decoded and executed → rt_sigreturn restores registers and mask from guest memory.
 * Prints simulated deliveries per second of wall time, per run, after warm-up runs.
 */
@Command(name = "bench", description = "Measure simulated signal deliveries per second (two-process ping-pong).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--round-trips", paramLabel = "N", description = "round trips per run (default 100000)")
    long roundTrips = 100_000;

    @Option(names = "--runs", paramLabel = "N", description = "measured runs (default 5)")
    int runs = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "warm-up runs (default 3)")
    int warmup = 3;

    static String script(long roundTrips) {
        String body = """
                    var n = 0
                    handler h(sig) {
                        n += 1
                        kill(OTHER, SIGUSR1)
                    }
                    sigaction(SIGUSR1, h)
                    sigprocmask(SIG_BLOCK, {SIGUSR1})
                    START
                    while n < N { sigsuspend({}) }
                """.replace("n < N", "n < " + roundTrips);
        return "scenario \"ping-pong\" {\n    process pong {\n" + body.replace("OTHER", "ping").replace("START", "")
                + "    }\n    process ping {\n" + body.replace("OTHER", "pong").replace("START", "kill(pong, SIGUSR1)")
                + "    }\n}\n";
    }

    @Override
    public Integer call() {
        String text = script(roundTrips);
        var options = new ScenarioRunner.Options(-1, "none", "text", Long.MAX_VALUE / 4);
        System.out.println("sig bench: ping-pong, " + roundTrips + " round trips (" + 2 * roundTrips
                + " deliveries) per run, " + warmup + " warm-up + " + runs + " measured runs, runtime "
                + System.getProperty("sig.runtime", "fallback (no compilation)"));
        double best = 0;
        double sum = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            int code = ScenarioRunner.run(text, "ping-pong.sig", options, OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            if (code != 0) {
                System.out.println("sig bench: the benchmark scenario failed with exit code " + code);
                return 2;
            }
            double rate = 2.0 * roundTrips / ((t1 - t0) / 1e9);
            if (i >= warmup) {
                best = Math.max(best, rate);
                sum += rate;
            }
            System.out.printf("%s %d: %,.0f deliveries/s (%.3f s)%n", i < warmup ? "warm-up" : "run", i + 1, rate,
                    (t1 - t0) / 1e9);
        }
        System.out.printf("mean %,.0f deliveries/s, best %,.0f deliveries/s%n", sum / runs, best);
        return 0;
    }
}
