package dev.sigscript.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test: no input makes {@link SigParsing#parse} throw, and the AST is present
 * exactly when there are no errors. Under plain {@code mvn test} it runs in regression mode over
 * the seeds in {@code src/test/resources/dev/sigscript/grammar/SigParsingFuzzTestInputs/parse};
 * to fuzz, run with {@code JAZZER_FUZZ=1}.
 */
class SigParsingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ParseResult result = SigParsing.parse(text, "fuzz.sig");
        assertEquals(result.hasErrors(), result.ast().isEmpty());
        result.ast().ifPresent(AstPrinter::print);
        result.diagnostics().forEach(d -> d.format());
    }
}
