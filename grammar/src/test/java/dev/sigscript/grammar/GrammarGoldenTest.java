package dev.sigscript.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Grammar golden files (grammars-v4 style): {@code syntax/ok/X.sig} must parse without
 * diagnostics into the tree in {@code X.sig.tree} ({@link AstPrinter}); {@code syntax/errors/X.sig}
 * must give exactly the diagnostics in {@code X.sig.errors}. Run with
 * {@code -Dsig.golden.update=true} to rewrite the expected files, then review the diff.
 */
class GrammarGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/syntax");
    private static final boolean UPDATE = Boolean.getBoolean("sig.golden.update");

    @TestFactory
    Stream<DynamicTest> okFilesParseToTheirTrees() {
        return sigFiles("ok").map(sig -> DynamicTest.dynamicTest(sig.getFileName().toString(), () -> {
            ParseResult result = SigParsing.parse(Files.readString(sig), sig.getFileName().toString());
            assertEquals("", result.formatDiagnostics(), "diagnostics");
            assertTrue(result.ast().isPresent());
            check(sig.resolveSibling(sig.getFileName() + ".tree"), AstPrinter.print(result.ast().get()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> errorFilesGiveTheirDiagnostics() {
        return sigFiles("errors").map(sig -> DynamicTest.dynamicTest(sig.getFileName().toString(), () -> {
            ParseResult result = SigParsing.parse(Files.readString(sig), sig.getFileName().toString());
            assertTrue(result.hasErrors(), "expected errors");
            assertFalse(result.ast().isPresent(), "no AST when there are errors");
            check(sig.resolveSibling(sig.getFileName() + ".errors"), result.formatDiagnostics());
        }));
    }

    private static void check(Path expectedFile, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expectedFile, actual);
            return;
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing; run with -Dsig.golden.update=true");
        assertEquals(Files.readString(expectedFile), actual, expectedFile.toString());
    }

    private static Stream<Path> sigFiles(String dir) {
        try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
            List<Path> sigs = files.filter(p -> p.toString().endsWith(".sig")).sorted().toList();
            assertFalse(sigs.isEmpty(), "no .sig files in " + dir);
            return sigs.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
