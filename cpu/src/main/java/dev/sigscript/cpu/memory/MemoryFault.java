package dev.sigscript.cpu.memory;

/**
 * A failed guest memory access, as a value. {@code mapped} tells SEGV_MAPERR (false: nothing is
 * mapped there) from SEGV_ACCERR (true: mapped, but the protection forbids the access).
 */
public record MemoryFault(long address, Access access, boolean mapped) {

    /** {@return the fault as an unchecked carrier, for code paths that cannot return it} */
    public MemoryFaultException asException() {
        return new MemoryFaultException(this);
    }
}
