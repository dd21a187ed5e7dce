package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.trace.TraceArg;

/** kill, tkill, tgkill, rt_sigqueueinfo (kernel/signal.c). */
final class SysKill {
    private final Kernel k;

    SysKill(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/signal.c:SYSCALL_DEFINE2(kill): prepare_kill_siginfo() (SI_USER with the
     * sender's tgid and uid), then kill_something_info(). Errors: EINVAL, EPERM, ESRCH.
     */
    Syscalls.Result kill(Task t, int pid, int sig) {
        SigInfo info = SigInfo.user(sig, SiCodes.SI_USER, t.pid(), t.group().uid());
        long ret = k.kill.killSomethingInfo(t, sig, info, pid);
        return Syscalls.Result.of(ret, new TraceArg.Num(pid), new TraceArg.Signal(sig));
    }

    /** Mirrors kernel/signal.c:SYSCALL_DEFINE2(tkill): "This is deprecated". Errors: EINVAL, EPERM, ESRCH, EAGAIN. */
    Syscalls.Result tkill(Task t, int tid, int sig) {
        long ret = tid <= 0 ? Errno.EINVAL.neg() : doTkill(t, 0, tid, sig);
        return Syscalls.Result.of(ret, new TraceArg.Num(tid), new TraceArg.Signal(sig));
    }

    /** Mirrors kernel/signal.c:SYSCALL_DEFINE3(tgkill). Errors: EINVAL, EPERM, ESRCH, EAGAIN. */
    Syscalls.Result tgkill(Task t, int tgid, int tid, int sig) {
        long ret = tid <= 0 || tgid <= 0 ? Errno.EINVAL.neg() : doTkill(t, tgid, tid, sig);
        return Syscalls.Result.of(ret, new TraceArg.Num(tgid), new TraceArg.Num(tid), new TraceArg.Signal(sig));
    }

    /** Mirrors kernel/signal.c:do_tkill(): SI_TKILL with the sender's tgid and uid. */
    private long doTkill(Task t, int tgid, int tid, int sig) {
        SigInfo info = SigInfo.user(sig, SiCodes.SI_TKILL, t.pid(), t.group().uid());
        return k.kill.doSendSpecific(t, tgid, tid, sig, info);
    }

    /**
     * Mirrors kernel/signal.c:SYSCALL_DEFINE3(rt_sigqueueinfo) and do_rt_sigqueueinfo(): the
     * siginfo comes from user memory; "Not even root can pretend to send signals from the
     * kernel. Nor can they impersonate a kill()/tgkill(), which adds source info." - so
     * si_code &gt;= 0 or SI_TKILL to another process is EPERM. Errors: EPERM, ESRCH, EINVAL,
     * EAGAIN, EFAULT.
     */
    Syscalls.Result rtSigqueueinfo(Task t, int pid, int sig, long uinfo) {
        SigInfo info = SigInfoCodec.read(t.mm().memory(), uinfo).withSigno(sig);
        TraceArg infoArg = TraceDecode.siginfo(info);
        long ret;
        if ((info.code() >= 0 || info.code() == SiCodes.SI_TKILL) && t.pid() != pid) {
            ret = Errno.EPERM.neg();
        } else {
            ret = pid <= 0 ? Errno.ESRCH.neg() : k.kill.killProcInfo(t, sig, info, pid);
        }
        return Syscalls.Result.of(ret, new TraceArg.Num(pid), new TraceArg.Signal(sig), infoArg);
    }
}
