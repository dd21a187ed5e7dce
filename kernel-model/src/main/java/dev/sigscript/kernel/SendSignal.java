package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.DefaultAction;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;

/** Generating a signal: kernel/signal.c from send_signal_locked() to signal_wake_up(). */
final class SendSignal {
    private final Kernel k;
    /** The threads whose TIF_SIGPENDING was set before the signal being sent was added. */
    private java.util.Set<Task> tifSigpending;

    SendSignal(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:__send_signal_locked() (Linux 6.x). {@code special} stands for
     * is_si_special(info) (SEND_SIG_NOINFO / SEND_SIG_PRIV: the kernel's own sends).
     *
     * @param group true for a process-directed signal (shared_pending, PIDTYPE_TGID), false for
     *     a thread-directed one (t->pending, PIDTYPE_PID)
     * @return 0, or -EAGAIN when a real-time signal sent other than by kill() finds the queue full
     */
    long sendSignalLocked(int sig, SigInfo info, boolean special, Task t, boolean group) {
        if (!prepareSignal(sig, t)) {
            k.trace.step(t, "sig_ignored", () -> Signals.straceName(sig) + " ignored, dropped at send");
            return 0;
        }
        SigPending pending = group ? t.group().sharedPending : t.pending;
        if (legacyQueue(pending, sig)) {
            k.trace.step(t, "legacy_queue", () -> Signals.straceName(sig) + " already pending, dropped");
            return 0;
        }
        // "Skip useless siginfo allocation for SIGKILL and kernel threads."
        if (sig != Signals.SIGKILL) {
            /* "Real-time signals must be queued if sent by sigqueue, or some other real-time
               mechanism. It is implementation defined whether kill() does so. We attempt to do
               so, on the principle of least surprise, but since kill is not allowed to fail
               with EAGAIN when low on memory we just make sure at least one signal gets
               delivered and don't pass on the info struct." - kernel/signal.c */
            boolean overrideRlimit = sig < Signals.SIGRTMIN && (special || info.code() >= 0);
            int uid = t.group().uid();
            if (k.ucounts.inc(uid, overrideRlimit, k.config.rlimitSigpending())) {
                pending.enqueue(new SigQueue(info.withSigno(sig), uid));
            } else if (!special && sig >= Signals.SIGRTMIN && info.code() != SiCodes.SI_USER) {
                // "Queue overflow, abort. We may abort if the signal was rt and sent by user
                // using something other than kill()."
                k.trace.step(t, "__send_signal_locked", () -> "RLIMIT_SIGPENDING (" + k.config.rlimitSigpending()
                        + ") reached: " + Signals.straceName(sig) + " not queued, -EAGAIN");
                return Errno.EAGAIN.neg();
            } else {
                // "This is a silent loss of information. We still send the signal, but the
                // *info bits are lost."
                k.trace.step(t, "__send_signal_locked", () -> "RLIMIT_SIGPENDING (" + k.config.rlimitSigpending()
                        + ") reached: " + Signals.straceName(sig) + " pending without its siginfo");
            }
        }
        // TIF_SIGPENDING as it was before this signal (the model derives the flag from the sets).
        tifSigpending = new java.util.HashSet<>();
        for (Task c : t.group().threads) {
            if (k.signalPending(c)) {
                tifSigpending.add(c);
            }
        }
        pending.sigaddset(sig);
        completeSignal(sig, t, group);
        tifSigpending = null;
        return 0;
    }

    /**
     * Mirrors kernel/signal.c:prepare_signal() (Linux 6.x): a dying group takes nothing; a stop
     * signal flushes SIGCONT; SIGCONT flushes the stop signals and wakes stopped threads.
     * {@return false when the signal is to be dropped (ignored)}
     */
    boolean prepareSignal(int sig, Task p) {
        ThreadGroup g = p.group();
        if (g.groupExit) {
            // "The process is in the middle of dying, drop the signal."
            return false;
        } else if (DefaultAction.sigKernelStop(sig)) {
            SigSet flush = SigSet.of(Signals.SIGCONT);
            g.sharedPending.flushSigqueueMask(flush, k.ucounts);
            for (Task t : g.threads) {
                t.pending.flushSigqueueMask(flush, k.ucounts);
            }
        } else if (sig == Signals.SIGCONT) {
            g.sharedPending.flushSigqueueMask(DefaultAction.STOP_MASK, k.ucounts);
            for (Task t : g.threads) {
                t.pending.flushSigqueueMask(DefaultAction.STOP_MASK, k.ucounts);
                if (t.state == TaskState.STOPPED) {
                    k.wakeUp(t);
                }
            }
            if (g.stopStopped) {
                g.stopStopped = false;
                k.trace.step(p, "prepare_signal", () -> "SIGCONT continues the stopped group");
            }
        }
        return !sigIgnored(p, sig);
    }

    /** Mirrors kernel/signal.c:sig_ignored(): blocked signals are never ignored at send time. */
    boolean sigIgnored(Task t, int sig) {
        /* "Blocked signals are never ignored, since the signal handler may change by the time
           it is unblocked." */
        if (t.blocked.contains(sig) || t.realBlocked.contains(sig)) {
            return false;
        }
        return sigTaskIgnored(t, sig);
    }

    /**
     * Mirrors kernel/signal.c:sig_task_ignored(). Global init (pid 1) would also drop SIGKILL
     * and SIGSTOP and every default-action signal (SIGNAL_UNKILLABLE); init is not a task in
     * the model, so kill(1, ...) finds no process (ESRCH).
     */
    boolean sigTaskIgnored(Task t, int sig) {
        return sigHandlerIgnored(t.group().sighand.action(sig).handler(), sig);
    }

    /** Mirrors kernel/signal.c:sig_handler_ignored(): "explicitly or implicitly ignored". */
    static boolean sigHandlerIgnored(long handler, int sig) {
        return handler == Signals.SIG_IGN || handler == Signals.SIG_DFL && DefaultAction.sigKernelIgnore(sig);
    }

    /**
     * Mirrors kernel/signal.c:legacy_queue(): "Support queueing exactly one non-rt signal, so
     * that we can get more detailed information about the cause of the signal."
     */
    static boolean legacyQueue(SigPending signals, int sig) {
        return sig < Signals.SIGRTMIN && signals.has(sig);
    }

    /** Mirrors kernel/signal.c:wants_signal(). */
    boolean wantsSignal(int sig, Task p) {
        if (p.blocked.contains(sig)) {
            return false;
        }
        if (p.exiting) {
            return false;
        }
        if (sig == Signals.SIGKILL) {
            return true;
        }
        if (p.state == TaskState.STOPPED) {
            return false;
        }
        boolean taskSigpending = tifSigpending != null ? tifSigpending.contains(p) : k.signalPending(p);
        return k.scheduler.currentOwner() == p || !taskSigpending;
    }

    /** Mirrors kernel/signal.c:sig_fatal(). */
    boolean sigFatal(Task p, int sig) {
        DefaultAction a = DefaultAction.of(sig);
        return a != DefaultAction.IGN && a != DefaultAction.CONT && a != DefaultAction.STOP
                && p.group().sighand.action(sig).handler() == Signals.SIG_DFL;
    }

    /**
     * Mirrors kernel/signal.c:complete_signal() (Linux 6.x): find a thread to take the signal;
     * a fatal signal (default action, no core dump) takes the whole group down at once.
     * Divergence: Linux starts the search for a group signal at signal->curr_target; the
     * model tries the threads in creation order, then asks nothing of the ChoiceSource.
     */
    void completeSignal(int sig, Task p, boolean group) {
        ThreadGroup g = p.group();
        Task t;
        if (wantsSignal(sig, p)) {
            t = p;
        } else if (!group || g.threads.size() == 1) {
            return;
        } else {
            t = null;
            for (Task c : g.threads) {
                if (wantsSignal(sig, c)) {
                    t = c;
                    break;
                }
            }
            if (t == null) {
                return;
            }
        }
        Task target = t;
        if (sigFatal(p, sig) && !g.groupExit && !target.realBlocked.contains(sig)) {
            if (!DefaultAction.sigKernelCoredump(sig)) {
                // "This signal will be fatal to the whole group."
                k.trace.step(target, "complete_signal",
                        () -> Signals.straceName(sig) + " is fatal: group exit, SIGKILL to every thread");
                g.groupExit = true;
                g.groupExitCode = sig;
                g.stopStopped = false;
                for (Task c : g.threads) {
                    c.pending.sigaddset(Signals.SIGKILL);
                    signalWakeUp(c, true);
                }
                return;
            }
        }
        k.trace.step(target, "complete_signal", () -> Signals.straceName(sig) + " -> " + target.ref().label());
        signalWakeUp(target, sig == Signals.SIGKILL);
    }

    /**
     * Mirrors include/linux/sched/signal.h:signal_wake_up() / kernel/signal.c:
     * signal_wake_up_state(): TIF_SIGPENDING is implied by the pending sets; an interruptible
     * sleeper wakes, and with {@code fatal} (TASK_WAKEKILL) a killable or stopped one too.
     */
    void signalWakeUp(Task t, boolean fatal) {
        boolean wakes = t.state == TaskState.INTERRUPTIBLE
                || fatal && (t.state == TaskState.KILLABLE || t.state == TaskState.STOPPED);
        if (wakes) {
            k.trace.step(t, "signal_wake_up", () -> "wake " + t.ref().label() + " (" + t.state + ")");
            k.wakeUp(t);
        }
    }
}
