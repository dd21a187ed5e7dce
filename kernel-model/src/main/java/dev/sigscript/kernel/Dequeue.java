package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.DefaultAction;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.SigSet;
import java.util.Iterator;

/** Taking a pending signal off the queues: kernel/signal.c dequeue_signal() and its helpers. */
final class Dequeue {

    /** A dequeued signal; {@code shared} when it came from the group's shared_pending. */
    record Dequeued(int sig, SigInfo info, boolean shared) {}

    private final Kernel k;

    Dequeue(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:next_signal(): the lowest pending signal not in {@code mask},
     * but a synchronous one (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS) first.
     * {@return the signal, or 0}
     */
    static int nextSignal(SigPending pending, SigSet mask) {
        SigSet x = pending.signal().minus(mask);
        if (x.isEmpty()) {
            return 0;
        }
        SigSet sync = x.intersect(DefaultAction.SYNCHRONOUS_MASK);
        return sync.isEmpty() ? x.lowest() : sync.lowest();
    }

    /**
     * Mirrors kernel/signal.c:collect_signal(): the first queued siginfo of sig; the bit stays
     * set while another entry of sig remains. Without an entry ("a fast-pathed signal or we
     * must have been out of queue space") the info is SI_USER with si_pid 0.
     */
    SigInfo collectSignal(int sig, SigPending list) {
        SigQueue first = null;
        boolean again = false;
        for (Iterator<SigQueue> it = list.iterator(); it.hasNext(); ) {
            SigQueue q = it.next();
            if (q.info().signo() == sig) {
                if (first != null) {
                    again = true;
                    break;
                }
                first = q;
                it.remove();
            }
        }
        if (!again) {
            list.sigdelset(sig);
        }
        if (first != null) {
            k.ucounts.dec(first.ucountsUid());
            return first.info();
        }
        return SigInfo.user(sig, SiCodes.SI_USER, 0, 0);
    }

    /** Mirrors kernel/signal.c:__dequeue_signal(). {@return the signal and info, or null} */
    private Dequeued dequeueFrom(SigPending pending, SigSet mask, boolean shared) {
        int sig = nextSignal(pending, mask);
        return sig == 0 ? null : new Dequeued(sig, collectSignal(sig, pending), shared);
    }

    /**
     * Mirrors kernel/signal.c:dequeue_signal() (Linux 6.x): the thread's own pending first,
     * then the group's shared_pending; signals in {@code mask} stay. {@return null if none}
     */
    Dequeued dequeueSignal(Task t, SigSet mask) {
        Dequeued d = dequeueFrom(t.pending, mask, false);
        if (d == null) {
            d = dequeueFrom(t.group().sharedPending, mask, true);
        }
        return d;
    }

    /**
     * Mirrors kernel/signal.c:dequeue_synchronous_signal(): "Return the first synchronous
     * signal in the queue", one the kernel generated (si_code &gt; SI_USER), before any other.
     */
    Dequeued dequeueSynchronousSignal(Task t) {
        SigPending pending = t.pending;
        if (pending.signal().minus(t.blocked).intersect(DefaultAction.SYNCHRONOUS_MASK).isEmpty()) {
            return null;
        }
        SigQueue sync = null;
        boolean again = false;
        for (SigQueue q : pending.list()) {
            if (sync == null) {
                if (q.info().code() > SiCodes.SI_USER && DefaultAction.SYNCHRONOUS_MASK.contains(q.info().signo())) {
                    sync = q;
                }
            } else if (q.info().signo() == sync.info().signo()) {
                again = true;
            }
        }
        if (sync == null) {
            return null;
        }
        if (!again) {
            pending.sigdelset(sync.info().signo());
        }
        for (Iterator<SigQueue> it = pending.iterator(); it.hasNext(); ) {
            if (it.next() == sync) {
                it.remove();
                break;
            }
        }
        k.ucounts.dec(sync.ucountsUid());
        return new Dequeued(sync.info().signo(), sync.info(), false);
    }
}
