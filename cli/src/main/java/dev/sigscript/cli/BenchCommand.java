package dev.sigscript.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sig bench}: placeholder replaced below. */
@Command(name = "bench", description = "Measure simulated signal deliveries per second (ping-pong between two processes).")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
