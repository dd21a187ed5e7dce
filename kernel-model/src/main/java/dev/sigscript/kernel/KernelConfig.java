package dev.sigscript.kernel;

import dev.sigscript.cpu.Arch;
import dev.sigscript.kernel.sched.Budget;

/**
 * How a {@link Kernel} is set up.
 *
 * @param arch the emulated architecture (only {@link Arch#X86_64} has frames today)
 * @param budget limits on steps, virtual time and tasks
 * @param rlimitSigpending RLIMIT_SIGPENDING, counted per user like the kernel's ucounts. Linux
 *     derives the default from memory (tens of thousands); the model defaults to 64 so that
 *     scenarios can reach it ("sigqueue fails with EAGAIN")
 * @param coreDumps whether a "Core" default action dumps core (the wait status gets 0x80 and
 *     the trace says "(core dumped)"), as with {@code ulimit -c unlimited}
 */
public record KernelConfig(Arch arch, Budget budget, long rlimitSigpending, boolean coreDumps) {
    public static final KernelConfig DEFAULT = new KernelConfig(Arch.X86_64, Budget.DEFAULT, 64, true);

    public KernelConfig withRlimitSigpending(long limit) {
        return new KernelConfig(arch, budget, limit, coreDumps);
    }

    public KernelConfig withBudget(Budget b) {
        return new KernelConfig(arch, b, rlimitSigpending, coreDumps);
    }

    public KernelConfig withCoreDumps(boolean dumps) {
        return new KernelConfig(arch, budget, rlimitSigpending, dumps);
    }
}
