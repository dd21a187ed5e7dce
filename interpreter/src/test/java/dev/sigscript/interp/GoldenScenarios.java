package dev.sigscript.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.interp.runner.ScenarioRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Golden scenario tests (SL's test pattern): every {@code X.sig} under a folder has an
 * {@code X.out} holding the exact output of {@code sig run X.sig}, and the exit code on its
 * last line ({@code [exit 0]}). A first line {@code // sig-test: --seed 7 --trace kernel}
 * gives per-file options. Each file also runs twice to prove byte-identical output.
 * Run with {@code -Dsig.golden.update=true} to rewrite the .out files (review the diff).
 */
public final class GoldenScenarios {
    private GoldenScenarios() {}

    public static Stream<DynamicTest> under(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".sig")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(root, f)));
    }

    static void check(Path root, Path file) throws IOException {
        String text = Files.readString(file);
        String name = root.getFileName() + "/" + root.relativize(file);
        String actual = run(text, name);
        assertEquals(actual, run(text, name), "same script and seed must give byte-identical output: " + name);
        Path golden = Path.of(file.toString().replaceAll("\\.sig$", ".out"));
        if (Boolean.getBoolean("sig.golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual);
            if (!Boolean.getBoolean("sig.golden.update")) {
                throw new AssertionError("no golden file yet; wrote " + golden + ": review and commit it");
            }
            return;
        }
        assertEquals(Files.readString(golden), actual, "output of " + name + " differs from " + golden);
    }

    /** {@return the output of sig run, followed by the exit code line} */
    public static String run(String text, String name) {
        ScenarioRunner.Options options = ScenarioRunner.Options.DEFAULT;
        String first = text.lines().findFirst().orElse("");
        if (first.startsWith("// sig-test:")) {
            String[] args = first.substring("// sig-test:".length()).trim().split("\\s+");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--seed" -> options = options.withSeed(Long.parseLong(args[i + 1]));
                    case "--trace" -> options = options.withTrace(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown sig-test option " + args[i]);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ScenarioRunner.run(text, name, options, out);
        return out.toString(StandardCharsets.UTF_8) + "[exit " + code + "]\n";
    }
}
