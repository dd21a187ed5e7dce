package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.trace.TraceEvent;

/** Ending threads and processes: kernel/exit.c do_group_exit(), do_exit(), release. */
final class GroupExit {
    private final Kernel k;

    GroupExit(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/exit.c:do_group_exit() (Linux 6.x): the first thread to get here sets
     * SIGNAL_GROUP_EXIT and group_exit_code and kills the others (zap_other_threads); a later
     * one takes the group's code. Never returns.
     *
     * @param exitCode a wait-status style code: {@code (status & 0xff) << 8} for exit_group,
     *     {@code signo | 0x80 if core} for a fatal signal
     */
    void doGroupExit(Task t, int exitCode) {
        ThreadGroup g = t.group();
        int code = exitCode;
        if (g.groupExit) {
            code = g.groupExitCode;
        } else {
            g.groupExit = true;
            g.groupExitCode = exitCode;
            zapOtherThreads(t);
        }
        doExit(t, code);
    }

    /** Mirrors kernel/signal.c:zap_other_threads(): SIGKILL pending in every other thread, woken. */
    private void zapOtherThreads(Task self) {
        for (Task t : self.group().threads) {
            if (t != self && !t.exiting) {
                t.pending.sigaddset(Signals.SIGKILL);
                k.send.signalWakeUp(t, true);
            }
        }
    }

    /**
     * Mirrors kernel/exit.c:do_exit(): the thread exits; the last one out ends the process,
     * which init (the parent, not modelled as a task) reaps at once. Never returns.
     */
    void doExit(Task t, int code) {
        ThreadGroup g = t.group();
        t.exiting = true;
        t.state = TaskState.ZOMBIE;
        boolean last = g.threads.stream().allMatch(c -> c.exiting);
        if (last) {
            ExitStatus status = ExitStatus.ofWaitStatus(g.groupExit ? g.groupExitCode : code);
            g.exitStatus = status;
            k.scheduler.cancel(g.realTimer);
            g.sharedPending.flush(k.ucounts);
            for (Task c : g.threads) {
                c.pending.flush(k.ucounts);
                c.state = TaskState.DEAD;
            }
            if (status.exited()) {
                k.trace.emit(new TraceEvent.Exited(k.trace.now(), t.ref(), status.code()));
            } else {
                k.trace.emit(new TraceEvent.Killed(k.trace.now(), t.ref(), status.signo(), status.coreDumped()));
            }
            k.trace.step(t, "do_exit", () -> "init (pid 1) reaps " + g.name() + "[" + g.pid() + "], status 0x"
                    + Integer.toHexString(status.waitStatus()));
        }
        k.scheduler.exit();
        throw new IllegalStateException("unreachable: an exited task ran again");
    }
}
