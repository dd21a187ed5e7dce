package dev.sigscript.kernel;

import java.util.HashMap;
import java.util.Map;

/**
 * Queued-signal counts per user, against RLIMIT_SIGPENDING (kernel/ucount.c
 * UCOUNT_RLIMIT_SIGPENDING: every user's queued sigqueues, across all its processes).
 */
public final class UserCounts {
    private final Map<Integer, Long> pending = new HashMap<>();

    /**
     * Mirrors kernel/ucount.c:inc_rlimit_get_ucounts() with the limit check of
     * kernel/signal.c:__sigqueue_alloc(): counts one more entry for uid; {@return false (and
     * counts nothing) when the new count would pass {@code limit} and {@code override} is off}
     */
    boolean inc(int uid, boolean override, long limit) {
        long n = pending.getOrDefault(uid, 0L) + 1;
        if (!override && n > limit) {
            return false;
        }
        pending.put(uid, n);
        return true;
    }

    void dec(int uid) {
        pending.merge(uid, -1L, Long::sum);
    }

    /** {@return how many queued signals are charged to uid} */
    public long count(int uid) {
        return pending.getOrDefault(uid, 0L);
    }
}
