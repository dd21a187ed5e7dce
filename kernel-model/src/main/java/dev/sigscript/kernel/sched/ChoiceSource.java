package dev.sigscript.kernel.sched;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The single source of every nondeterministic decision. {@link #fifo()} always takes the first
 * option (the run queue's order: deterministic without a seed); {@link #seeded(long)} picks with
 * a seeded generator; {@link #replay(List)} repeats a recorded list. Every source records what
 * it chose, so any run can be replayed exactly.
 */
public abstract class ChoiceSource {
    private final List<Integer> recorded = new ArrayList<>();

    /**
     * {@return an index in [0, options)}
     *
     * @param point what is being decided
     * @param options how many alternatives there are (at least 1)
     */
    public final int choose(ChoicePoint point, int options) {
        if (options <= 1) {
            return 0;
        }
        int c = pick(point, options);
        if (c < 0 || c >= options) {
            throw new IllegalStateException("choice " + c + " out of range " + options + " at " + point);
        }
        recorded.add(c);
        return c;
    }

    protected abstract int pick(ChoicePoint point, int options);

    /** {@return the choices made so far, in order (only those with more than one option)} */
    public List<Integer> recorded() {
        return List.copyOf(recorded);
    }

    public static ChoiceSource fifo() {
        return new ChoiceSource() {
            @Override
            protected int pick(ChoicePoint point, int options) {
                return 0;
            }
        };
    }

    public static ChoiceSource seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new ChoiceSource() {
            @Override
            protected int pick(ChoicePoint point, int options) {
                return random.nextInt(options);
            }
        };
    }

    /** Replays {@code choices}; past their end it takes the first option. */
    public static ChoiceSource replay(List<Integer> choices) {
        List<Integer> copy = List.copyOf(choices);
        return new ChoiceSource() {
            private int next;

            @Override
            protected int pick(ChoicePoint point, int options) {
                return next < copy.size() ? Math.min(copy.get(next++), options - 1) : 0;
            }
        };
    }
}
