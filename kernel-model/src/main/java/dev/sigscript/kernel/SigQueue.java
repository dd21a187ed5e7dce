package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.SigInfo;

/**
 * One queued signal with its siginfo (include/linux/signal_types.h struct sigqueue), charged to
 * the receiver's user {@code ucountsUid} for RLIMIT_SIGPENDING.
 */
public record SigQueue(SigInfo info, int ucountsUid) {}
