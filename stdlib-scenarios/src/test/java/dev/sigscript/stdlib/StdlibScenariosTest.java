package dev.sigscript.stdlib;

import dev.sigscript.interp.GoldenScenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of the library against its golden output, run twice for determinism. */
class StdlibScenariosTest {
    @TestFactory
    Stream<DynamicTest> seeds() {
        return GoldenScenarios.under(Path.of("seeds").toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> linux() {
        return GoldenScenarios.under(Path.of("linux").toAbsolutePath());
    }
}
