package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.DefaultAction;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.trace.TraceEvent;

/** Choosing what to do with pending signals: kernel/signal.c get_signal() and the default actions. */
final class GetSignal {

    /** A signal to deliver to a handler (the kernel's struct ksignal). */
    record KSignal(int sig, SigInfo info, KSigaction ka) {}

    private final Kernel k;

    GetSignal(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:get_signal() (Linux 6.x): dequeue signals until one has a
     * handler; ignored ones are dropped, default actions run here (stop, or a fatal exit that
     * does not return). SA_RESETHAND ("SA_ONESHOT") resets the action to SIG_DFL as the
     * handler is chosen. {@return the signal to handle, or null when none is left}
     */
    KSignal getSignal(Task t) {
        ThreadGroup g = t.group();
        while (true) {
            if (g.groupExit) {
                // signal_group_exit(): the group is dying; this thread follows.
                t.pending.sigdelset(Signals.SIGKILL);
                k.exits.doGroupExit(t, g.groupExitCode);
            }
            Dequeue.Dequeued d = k.dequeue.dequeueSynchronousSignal(t);
            if (d == null) {
                d = k.dequeue.dequeueSignal(t, t.blocked);
            }
            if (d == null) {
                return null;
            }
            int signr = d.sig();
            KSigaction ka = g.sighand.action(signr);
            // trace_signal_deliver(): strace's "--- SIGUSR1 {...} ---".
            k.trace.emit(new TraceEvent.SignalDelivered(k.trace.now(), t.ref(), signr, TraceDecode.siginfo(d.info())));
            if (ka.handler() == Signals.SIG_IGN) {
                k.trace.step(t, "get_signal", () -> Signals.straceName(signr) + " is SIG_IGN, dropped");
                continue;
            }
            if (ka.handler() != Signals.SIG_DFL) {
                if (ka.hasFlag(SaFlags.SA_ONESHOT)) {
                    g.sighand.setAction(signr, ka.withHandler(Signals.SIG_DFL));
                    k.trace.step(t, "get_signal", () -> "SA_RESETHAND: " + Signals.straceName(signr) + " reset to SIG_DFL");
                }
                return new KSignal(signr, d.info(), ka);
            }
            // "Now we are doing the default action for this signal."
            DefaultAction action = DefaultAction.of(signr);
            if (DefaultAction.sigKernelIgnore(signr)) {
                k.trace.step(t, "get_signal", () -> "default action of " + Signals.straceName(signr) + ": ignore");
                continue;
            }
            if (action == DefaultAction.STOP) {
                k.trace.step(t, "get_signal", () -> "default action of " + Signals.straceName(signr) + ": stop");
                doSignalStop(t, signr);
                continue;
            }
            boolean core = action == DefaultAction.CORE && k.config.coreDumps();
            k.trace.step(t, "get_signal", () -> "default action of " + Signals.straceName(signr) + ": "
                    + (action == DefaultAction.CORE ? "core dump" + (core ? "" : " (disabled)") + ", " : "")
                    + "terminate the process");
            // do_coredump() sets the core flag in the exit code; then do_group_exit().
            k.exits.doGroupExit(t, signr | (core ? 0x80 : 0));
        }
    }

    /**
     * Mirrors kernel/signal.c:do_signal_stop() for a group of one stopping thread: the group
     * stops (SIGNAL_STOP_STOPPED) and the thread sleeps in TASK_STOPPED until SIGCONT or
     * SIGKILL wakes it. Divergence: other threads of the group are not stopped
     * (JOBCTL_STOP_PENDING participation is not modelled), and init gets no SIGCHLD.
     */
    void doSignalStop(Task t, int signr) {
        ThreadGroup g = t.group();
        g.stopStopped = true;
        k.trace.emit(new TraceEvent.Stopped(k.trace.now(), t.ref(), signr));
        while (g.stopStopped && !g.groupExit && !t.pending.has(Signals.SIGKILL)) {
            t.state = TaskState.STOPPED;
            k.scheduler.sleep();
            t.state = TaskState.RUNNING;
        }
        g.stopStopped = false;
    }
}
