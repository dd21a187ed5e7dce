package dev.sigscript.cpu;

/**
 * The architecture-neutral view of a user register file that kernel code needs (the kernel's
 * instruction_pointer(), user_stack_pointer(), syscall_get_nr(), syscall_get_arguments(),
 * regs_return_value()). Each architecture's register class implements it.
 */
public interface Regs {
    long pc();

    void pc(long value);

    long sp();

    void sp(long value);

    /** {@return the syscall number register (rax on x86-64)} */
    long syscallNr();

    /** {@return the syscall number saved at entry (orig_rax), -1 outside a syscall} */
    long origSyscallNr();

    void origSyscallNr(long value);

    /** {@return syscall argument i (0-based) per the architecture's calling convention} */
    long arg(int i);

    void arg(int i, long value);

    /** {@return the return-value register} */
    long ret();

    void ret(long value);

    /** {@return the length in bytes of the syscall instruction (to rewind the PC on restart)} */
    int syscallInsnLength();

    Regs copy();
}
