package dev.sigscript.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the set of tokens the parser could have accepted into words: {@code <expression>}
 * instead of twenty token names, {@code <name>}, {@code <statement>}, {@code <duration>}
 * (compare Trino's ErrorHandler {@code specialRule}/{@code specialToken}).
 */
final class ExpectedNames {

    static final IntervalSet NAMES = IntervalSet.of(SigLexer.EXITED, SigLexer.SESSION);
    static final IntervalSet EXPRESSION_START = set(SigLexer.INT, SigLexer.STRING, SigLexer.TRUE, SigLexer.FALSE,
            SigLexer.DURATION, SigLexer.SIGNAL, SigLexer.LBRACE, SigLexer.LBRACKET, SigLexer.LPAREN, SigLexer.FORK,
            SigLexer.IDENT, SigLexer.BANG, SigLexer.MINUS, SigLexer.TILDE).or(NAMES);
    static final IntervalSet STATEMENT_START = set(SigLexer.LET, SigLexer.VAR, SigLexer.IF, SigLexer.WHILE,
            SigLexer.LOOP, SigLexer.FOR, SigLexer.BREAK, SigLexer.CONTINUE, SigLexer.RETURN, SigLexer.EXPECT,
            SigLexer.DUMP, SigLexer.EXEC, SigLexer.HANDLER, SigLexer.FN, SigLexer.THREAD, SigLexer.SEMI)
            .or(EXPRESSION_START);
    static final IntervalSet SCENARIO_ITEM_START = set(SigLexer.ARCH, SigLexer.SEED, SigLexer.RLIMIT,
            SigLexer.RESTORER, SigLexer.PROCESS, SigLexer.LET, SigLexer.VAR, SigLexer.AT, SigLexer.EVERY,
            SigLexer.EXPECT, SigLexer.SEMI);
    /** Tokens that continue an expression: rarely what the user meant to write next. */
    static final IntervalSet CONTINUATIONS = set(SigLexer.DOT, SigLexer.LPAREN, SigLexer.LBRACKET,
            SigLexer.PLUS_ASSIGN, SigLexer.MINUS_ASSIGN, SigLexer.STAR_ASSIGN, SigLexer.PIPE_ASSIGN,
            SigLexer.AMP_ASSIGN, SigLexer.OR_OR, SigLexer.AND_AND, SigLexer.EQ, SigLexer.NE, SigLexer.LE,
            SigLexer.GE, SigLexer.LT, SigLexer.GT, SigLexer.ASSIGN, SigLexer.PIPE, SigLexer.AMP, SigLexer.PLUS,
            SigLexer.MINUS, SigLexer.STAR, SigLexer.SLASH, SigLexer.PERCENT);

    private ExpectedNames() {}

    /** {@return e.g. "<expression>", "',' or ')'", "<statement> or '}'"} */
    static String describe(IntervalSet expected) {
        IntervalSet rest = new IntervalSet(expected);
        List<String> words = new ArrayList<>();
        boolean continuation = rest.and(CONTINUATIONS).size() > 1;
        if (rest.contains(SigLexer.LET) && rest.contains(SigLexer.IDENT)) {
            words.add("<statement>");
            rest = rest.subtract(STATEMENT_START);
        } else if (rest.contains(SigLexer.PROCESS)) {
            words.add("<scenario item>");
            rest = rest.subtract(SCENARIO_ITEM_START);
        }
        if (rest.contains(SigLexer.IDENT) && rest.contains(SigLexer.INT)) {
            words.add("<expression>");
            rest = rest.subtract(EXPRESSION_START);
        } else if (rest.contains(SigLexer.IDENT)) {
            words.add("<name>");
            rest = rest.subtract(NAMES).subtract(IntervalSet.of(SigLexer.IDENT));
        }
        if (continuation) {
            rest = rest.subtract(CONTINUATIONS);
        }
        if (rest.contains(SigLexer.COMMA)) {
            words.add("','");
            rest = rest.subtract(IntervalSet.of(SigLexer.COMMA));
        }
        for (int type : rest.toArray()) {
            words.add(tokenName(type));
        }
        if (words.isEmpty() && continuation) {
            words.add("<operator>");
        }
        return join(words);
    }

    /** {@return how a person would name one token type: '{', <duration>, 'process'} */
    static String tokenName(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case SigLexer.INT -> "<integer>";
            case SigLexer.DURATION -> "<duration>";
            case SigLexer.STRING -> "<string>";
            case SigLexer.SIGNAL -> "<signal>";
            case SigLexer.IDENT -> "<name>";
            default -> {
                Vocabulary vocabulary = SigLexer.VOCABULARY;
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "nothing" : words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    private static IntervalSet set(int... types) {
        return new IntervalSet(types);
    }
}
