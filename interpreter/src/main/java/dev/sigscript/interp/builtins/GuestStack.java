package dev.sigscript.interp.builtins;

import dev.sigscript.interp.runtime.TaskRuntime;

/**
 * Room on the guest stack for the structs a libc wrapper passes to the kernel, the way C keeps
 * {@code struct sigaction sa} in the caller's frame: below rsp, 16-byte aligned, released after
 * the call. Being above the interrupted rsp, the bytes survive any signal frame built during the
 * call (frames go below the 128-byte red zone under rsp).
 */
final class GuestStack implements AutoCloseable {
    private final TaskRuntime t;
    private final long savedSp;
    private final long base;

    GuestStack(TaskRuntime t, int bytes) {
        this.t = t;
        this.savedSp = t.regs().rsp();
        this.base = (savedSp - bytes) & ~15L;
        t.regs().rsp(base);
    }

    long base() {
        return base;
    }

    @Override
    public void close() {
        t.regs().rsp(savedSp);
    }
}
