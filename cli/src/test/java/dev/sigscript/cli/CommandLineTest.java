package dev.sigscript.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command lines → exit codes and messages (never a stack trace). */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int sig(String... args) {
        return SigMain.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void version_printsNameAndModel() {
        assertEquals(0, sig("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("sig "));
    }

    @Test
    void unknownOption_exits2WithHint() {
        assertEquals(2, sig("run", "--no-such-option", "x.sig"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("sig: ") && e.contains("hint:"), e);
    }

    @Test
    void missingFile_exits2WithOneLine() {
        assertEquals(2, sig("check", "/nonexistent/x.sig"));
    }

    @Test
    void check_reportsLocatedDiagnosticAndExits2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.sig");
        Files.writeString(f, "scenario \"s\" {\n    process main { raise(SIGUSR3) }\n}\n");
        assertEquals(2, sig("check", f.toString()));
    }

    @Test
    void check_goodScript_exits0(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.sig");
        Files.writeString(f, "scenario \"s\" {\n    process main { raise(SIGCHLD) }\n}\n");
        assertEquals(0, sig("check", f.toString()));
    }
}
