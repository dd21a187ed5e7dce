package dev.sigscript.grammar;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery without single-token insertion or deletion: "Override the default
 * error strategy to not attempt inserting or deleting a token. Otherwise, it messes up error
 * reporting" (Trino SqlParser). Every error goes to the listeners with its exception, and
 * {@link SyntaxErrorListener} writes the message; ANTLR's own text is never shown.
 */
final class SigErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        return null;
    }

    @Override
    protected boolean singleTokenInsertion(Parser recognizer) {
        return false;
    }

    /**
     * Fails as soon as the next token cannot follow in the full context, not later at some
     * token match: so a missing ',' in {@code f(a b)} is reported with ',' among the expected
     * tokens ("expected ',' or ')'"), not as "expected ')'".
     */
    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        int la = recognizer.getInputStream().LA(1);
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        if (next.contains(la) || !next.contains(Token.EPSILON)) {
            super.sync(recognizer);
        } else if (!recognizer.getExpectedTokens().contains(la)) {
            throw new InputMismatchException(recognizer);
        }
    }

    /**
     * Inside a bracketed literal ({@code {SIGUSR1 SIGUSR2}}, {@code [1 2]}, {@code (a b)}) skips
     * to its closing bracket and consumes it, so that a '}' closing a signal set is not taken
     * for the end of the process body (which would make every later line an error).
     */
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        int close = switch (recognizer.getContext()) {
            case SigParser.SigSetLiteralContext c -> SigLexer.RBRACE;
            case SigParser.ListLiteralContext c -> SigLexer.RBRACKET;
            case SigParser.ParenExprContext c -> SigLexer.RPAREN;
            default -> Token.INVALID_TYPE;
        };
        if (close == Token.INVALID_TYPE) {
            super.recover(recognizer, e);
            return;
        }
        int depth = 0;
        for (int la = recognizer.getInputStream().LA(1); la != Token.EOF; la = recognizer.getInputStream().LA(1)) {
            boolean opens = la == SigLexer.LBRACE || la == SigLexer.LBRACKET || la == SigLexer.LPAREN;
            boolean closes = la == SigLexer.RBRACE || la == SigLexer.RBRACKET || la == SigLexer.RPAREN;
            if (closes && depth == 0) {
                if (la == close) {
                    recognizer.consume();
                }
                return;
            }
            depth += opens ? 1 : closes ? -1 : 0;
            recognizer.consume();
        }
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token offending = e instanceof NoViableAltException || e instanceof InputMismatchException
                ? e.getOffendingToken() : recognizer.getCurrentToken();
        recognizer.notifyErrorListeners(offending, "", e);
    }
}
