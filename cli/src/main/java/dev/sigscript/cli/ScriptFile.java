package dev.sigscript.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a script file, turning I/O problems into one clear line instead of a stack trace. */
final class ScriptFile {
    private ScriptFile() {}

    static Optional<String> read(Path file, PrintStream err) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("sig: " + file + ": no such file");
        } catch (MalformedInputException e) {
            err.println("sig: " + file + ": not UTF-8 text");
        } catch (IOException e) {
            err.println("sig: " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
