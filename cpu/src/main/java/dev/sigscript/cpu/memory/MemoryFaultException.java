package dev.sigscript.cpu.memory;

/**
 * Carries a {@link MemoryFault} out of a memory accessor, the way a kernel's uaccess fixup
 * turns a bad user pointer into -EFAULT. It is caught inside the model (the CPU turns it into a
 * fault result, the kernel into EFAULT or SIGSEGV) and never reaches the user. No stack trace is
 * filled in: it is control flow, not a bug report.
 */
public final class MemoryFaultException extends RuntimeException {
    private final MemoryFault fault;

    public MemoryFaultException(MemoryFault fault) {
        super("guest memory fault at 0x" + Long.toHexString(fault.address()) + " (" + fault.access() + ")", null,
                false, false);
        this.fault = fault;
    }

    public MemoryFault fault() {
        return fault;
    }
}
