package dev.sigscript.grammar.ast;

/**
 * A range of source text: 1-based line and column of the first character, 1-based line and
 * column just past the last character, and the 0-based character offsets of both ends (for
 * the LSP and the formatter).
 */
public record Span(int line, int column, int endLine, int endColumn, int start, int end) {

    /** A span for synthesized nodes and tests that do not care about positions. */
    public static final Span NONE = new Span(0, 0, 0, 0, 0, 0);

    public static Span of(int line, int column, int endLine, int endColumn, int start, int end) {
        return new Span(line, column, endLine, endColumn, start, end);
    }

    /** {@return the smallest span covering both} */
    public Span to(Span other) {
        return new Span(line, column, other.endLine, other.endColumn, start, other.end);
    }
}
