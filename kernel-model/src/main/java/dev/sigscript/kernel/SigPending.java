package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.SigSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Pending signals (include/linux/signal_types.h struct sigpending): the bitset {@code signal}
 * and the FIFO list of queued siginfos. A bit may be set without a queue entry (SIGKILL, or
 * when the queue was full and the info was lost).
 */
public final class SigPending {
    private long signal;
    private final List<SigQueue> list = new ArrayList<>();

    public SigSet signal() {
        return new SigSet(signal);
    }

    /** {@return the queued entries, oldest first} */
    public List<SigQueue> list() {
        return List.copyOf(list);
    }

    public boolean has(int sig) {
        return signal().contains(sig);
    }

    void sigaddset(int sig) {
        signal |= SigSet.bit(sig);
    }

    void sigdelset(int sig) {
        signal &= ~SigSet.bit(sig);
    }

    void enqueue(SigQueue q) {
        list.add(q);
    }

    /** {@return the entries in queue order, for removal while iterating} */
    Iterator<SigQueue> iterator() {
        return list.iterator();
    }

    /**
     * Mirrors kernel/signal.c:flush_sigqueue_mask() (Linux 6.x): removes the signals in
     * {@code mask} from the set and frees their queue entries.
     */
    void flushSigqueueMask(SigSet mask, UserCounts ucounts) {
        if ((signal & mask.bits()) == 0) {
            return;
        }
        signal &= ~mask.bits();
        list.removeIf(q -> {
            if (mask.contains(q.info().signo())) {
                ucounts.dec(q.ucountsUid());
                return true;
            }
            return false;
        });
    }

    /** Frees everything (flush_sigqueue()). */
    void flush(UserCounts ucounts) {
        flushSigqueueMask(SigSet.FULL, ucounts);
        signal = 0;
    }
}
