package dev.sigscript.grammar;

import dev.sigscript.grammar.ast.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of tokens and parse-tree nodes: 1-based line and column, 0-based offsets, end exclusive. */
final class Spans {

    private Spans() {}

    static Span of(Token token) {
        return between(token, token);
    }

    static Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        return between(ctx.getStart(), stop);
    }

    /** {@return the span from the first character of first to just past the last character of last} */
    static Span between(Token first, Token last) {
        int line = first.getLine();
        int column = first.getCharPositionInLine() + 1;
        if (last.getType() == Token.EOF) {
            return new Span(line, column, last.getLine(), last.getCharPositionInLine() + 1,
                    first.getStartIndex(), Math.max(first.getStartIndex(), last.getStartIndex()));
        }
        String text = last.getText() == null ? "" : last.getText();
        int endLine = last.getLine();
        int endColumn = last.getCharPositionInLine() + 1 + text.codePointCount(0, text.length());
        int newline = text.lastIndexOf('\n');
        if (newline >= 0) {
            endLine += (int) text.chars().filter(c -> c == '\n').count();
            endColumn = text.codePointCount(newline + 1, text.length()) + 1;
        }
        return new Span(line, column, endLine, endColumn, first.getStartIndex(), last.getStopIndex() + 1);
    }
}
