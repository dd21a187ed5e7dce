package dev.sigscript.interp.runtime;

import dev.sigscript.kernel.abi.SigSet;

/** A signal set as a script value: {@code {SIGUSR1, SIGUSR2}}. */
public record SigSetValue(SigSet set) {
    public static final SigSetValue EMPTY = new SigSetValue(SigSet.EMPTY);
}
