package dev.sigscript.kernel.abi;

/**
 * The fields of {@code struct siginfo} (include/uapi/asm-generic/siginfo.h) that signals carry.
 * Which union member is meaningful depends on signo and code, as in the kernel's
 * {@code siginfo_layout()}; unused fields are 0. The bytes in guest memory are written by the
 * architecture's frame code from this record.
 *
 * @param signo si_signo
 * @param errno si_errno
 * @param code si_code (SI_USER, SI_QUEUE, SI_TKILL, SI_KERNEL, CLD_EXITED, SEGV_MAPERR, ...)
 * @param pid si_pid of the sender (kill, rt, sigchld layouts)
 * @param uid si_uid of the sender
 * @param value si_value (sival_int / sival_ptr) for SI_QUEUE and timers
 * @param addr si_addr for faults
 * @param status si_status for SIGCHLD
 * @param timerId si_tid for POSIX timers
 * @param overrun si_overrun for POSIX timers
 */
public record SigInfo(int signo, int errno, int code, int pid, int uid, long value, long addr, int status,
        int timerId, int overrun) {

    public static SigInfo user(int signo, int code, int pid, int uid) {
        return new SigInfo(signo, 0, code, pid, uid, 0, 0, 0, 0, 0);
    }

    public static SigInfo queued(int signo, int code, int pid, int uid, long value) {
        return new SigInfo(signo, 0, code, pid, uid, value, 0, 0, 0, 0);
    }

    public static SigInfo fault(int signo, int code, long addr) {
        return new SigInfo(signo, 0, code, 0, 0, 0, addr, 0, 0, 0);
    }

    public SigInfo withSigno(int s) {
        return new SigInfo(s, errno, code, pid, uid, value, addr, status, timerId, overrun);
    }
}
