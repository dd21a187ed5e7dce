package dev.sigscript.interp;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input of many kinds (syntax, unknown signal/name/function/process, arity, settings,
 * a runaway loop, a run-time type error, a failed expectation): each gets a located message
 * with a hint and the right exit code, never a stack trace. Golden files in resources/errors.
 */
class BadInputTest {
    @TestFactory
    Stream<DynamicTest> badInput() {
        return GoldenScenarios.under(Path.of("src/test/resources/errors").toAbsolutePath());
    }
}
