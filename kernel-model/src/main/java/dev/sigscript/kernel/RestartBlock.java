package dev.sigscript.kernel;

/**
 * What restart_syscall(2) continues (include/linux/restart_block.h struct restart_block):
 * {@code fn} NONE is do_no_restart_syscall (returns -EINTR), NANOSLEEP is
 * hrtimer_nanosleep_restart with the absolute expiry and the user's rmtp.
 */
public record RestartBlock(Fn fn, long expires, long rmtp) {
    public enum Fn { NONE, NANOSLEEP }

    public static final RestartBlock NONE = new RestartBlock(Fn.NONE, 0, 0);
}
