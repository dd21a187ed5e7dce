package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;

/**
 * Sending from a process or the shell: kernel/signal.c kill_something_info(),
 * kill_proc_info(), group_send_sig_info(), check_kill_permission(), do_send_specific().
 * A null {@code sender} is the shell: root, in no process group.
 */
final class KillSomething {
    private final Kernel k;

    KillSomething(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:kill_something_info(): pid &gt; 0 is that process; 0 the
     * sender's process group; -1 every process but init and the sender; &lt; -1 the group -pid.
     * Every process is its own process group leader in the model (no setpgid).
     * {@return 0 or -errno: ESRCH, EPERM, EINVAL}
     */
    long killSomethingInfo(Task sender, int sig, SigInfo info, int pid) {
        if (pid > 0) {
            return killProcInfo(sender, sig, info, pid);
        }
        if (pid == Integer.MIN_VALUE) {
            return Errno.ESRCH.neg();
        }
        if (pid != -1) {
            int pgrp = pid != 0 ? -pid : sender == null ? 0 : sender.pid();
            // __kill_pgrp_info(): success if any send succeeded, else the last error.
            var g = k.liveGroup(pgrp);
            if (g.isEmpty()) {
                return Errno.ESRCH.neg();
            }
            return groupSendSigInfo(sender, sig, info, g.get().leader(), true);
        }
        long retval = 0;
        int count = 0;
        for (Task p : k.tasks()) {
            ThreadGroup g = p.group();
            if (p != g.leader() || g.exitStatus != null) {
                continue;
            }
            if (g.pid() > Kernel.INIT_PID && (sender == null || sender.group() != g)) {
                long err = groupSendSigInfo(sender, sig, info, p, true);
                ++count;
                if (err != Errno.EPERM.neg()) {
                    retval = err;
                }
            }
        }
        return count > 0 ? retval : Errno.ESRCH.neg();
    }

    /** Mirrors kernel/signal.c:kill_proc_info() / kill_pid_info(). {@return 0 or -errno} */
    long killProcInfo(Task sender, int sig, SigInfo info, int pid) {
        var g = k.liveGroup(pid);
        if (g.isEmpty()) {
            return Errno.ESRCH.neg();
        }
        return groupSendSigInfo(sender, sig, info, g.get().leader(), true);
    }

    /**
     * Mirrors kernel/signal.c:group_send_sig_info(): permission first; signal 0 is only a check.
     */
    long groupSendSigInfo(Task sender, int sig, SigInfo info, Task p, boolean group) {
        long ret = checkKillPermission(sender, sig, info, p);
        if (ret == 0 && sig != 0) {
            ret = k.send.sendSignalLocked(sig, info.withSigno(sig), false, p, group);
        }
        return ret;
    }

    /**
     * Mirrors kernel/signal.c:check_kill_permission() and kill_ok_by_cred(): a user signal
     * (si_code &lt;= 0) needs the same uid or root (CAP_KILL); SIGCONT within a session is
     * allowed (every process shares the scenario's session). {@return 0, -EINVAL, -EPERM}
     */
    long checkKillPermission(Task sender, int sig, SigInfo info, Task t) {
        if (sig < 0 || sig > Signals._NSIG) {
            return Errno.EINVAL.neg();
        }
        if (info.code() > 0) {
            return 0;
        }
        if (sender == null || sender.group() == t.group()) {
            return 0;
        }
        int uid = sender.group().uid();
        boolean ok = uid == 0 || uid == t.group().uid();
        if (!ok && sig != Signals.SIGCONT) {
            return Errno.EPERM.neg();
        }
        return 0;
    }

    /**
     * Mirrors kernel/signal.c:do_send_specific() for tkill/tgkill: the thread tid, in group
     * tgid when tgid &gt; 0. {@return 0, -ESRCH, -EPERM, -EINVAL, -EAGAIN}
     */
    long doSendSpecific(Task sender, int tgid, int tid, int sig, SigInfo info) {
        var p = k.taskByPid(tid).filter(t -> !t.exiting);
        if (p.isEmpty() || tgid > 0 && p.get().pid() != tgid) {
            return Errno.ESRCH.neg();
        }
        long error = checkKillPermission(sender, sig, info, p.get());
        if (error == 0 && sig != 0) {
            error = k.send.sendSignalLocked(sig, info.withSigno(sig), false, p.get(), false);
        }
        return error;
    }
}
