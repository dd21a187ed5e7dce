package dev.sigscript.grammar.ast;

import java.util.Objects;

/** A script's name (as the user gave it, used in every diagnostic) and its text. */
public record SourceFile(String name, String text) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
