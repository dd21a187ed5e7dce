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
