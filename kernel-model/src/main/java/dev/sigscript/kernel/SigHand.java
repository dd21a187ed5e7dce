package dev.sigscript.kernel;

import java.util.Arrays;

/** The action table of a thread group (include/linux/sched/signal.h struct sighand_struct). */
public final class SigHand {
    private final KSigaction[] action = new KSigaction[64];

    public SigHand() {
        Arrays.fill(action, KSigaction.DEFAULT);
    }

    /** {@return action[sig - 1]} */
    public KSigaction action(int sig) {
        return action[sig - 1];
    }

    void setAction(int sig, KSigaction k) {
        action[sig - 1] = k;
    }
}
