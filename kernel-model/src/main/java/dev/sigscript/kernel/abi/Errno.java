package dev.sigscript.kernel.abi;

import java.util.Optional;

/**
 * Error numbers of x86-64 Linux (include/uapi/asm-generic/errno-base.h, errno.h) with their
 * strerror(3) texts, plus the kernel-internal restart codes of include/linux/errno.h that
 * never reach user space but that strace shows ({@code = ? ERESTARTSYS (To be restarted if
 * SA_RESTART is set)}).
 */
public enum Errno {
    // From include/uapi/asm-generic/errno-base.h.
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    ESRCH(3, "No such process"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    E2BIG(7, "Argument list too long"),
    EBADF(9, "Bad file descriptor"),
    ECHILD(10, "No child processes"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EFAULT(14, "Bad address"),
    EBUSY(16, "Device or resource busy"),
    EINVAL(22, "Invalid argument"),
    EPIPE(32, "Broken pipe"),
    // From include/uapi/asm-generic/errno.h.
    ENOSYS(38, "Function not implemented"),
    // Kernel-internal, from include/linux/errno.h (texts as strace prints them).
    ERESTARTSYS(512, "To be restarted if SA_RESTART is set"),
    ERESTARTNOINTR(513, "To be restarted"),
    ERESTARTNOHAND(514, "To be restarted if no handler"),
    ERESTART_RESTARTBLOCK(516, "Interrupted by signal");

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** {@return the syscall return value: -number} */
    public long neg() {
        return -number;
    }

    public String text() {
        return text;
    }

    /** {@return whether this is one of the kernel-internal restart codes} */
    public boolean isRestart() {
        return number >= 512;
    }

    public static Optional<Errno> byNumber(int n) {
        for (Errno e : values()) {
            if (e.number == n) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@return the errno a raw syscall return value stands for (ret in [-4095, -1]), if known} */
    public static Optional<Errno> ofReturn(long ret) {
        return ret < 0 && ret >= -4095 ? byNumber((int) -ret) : Optional.empty();
    }
}
