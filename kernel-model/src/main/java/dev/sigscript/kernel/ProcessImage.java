package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.Prot;
import dev.sigscript.cpu.x86.X86_64Regs;

/**
 * The address space every spawned x86-64 process starts with: script code pseudo-addresses,
 * a scratch data area, a one-page "libc" with glibc's {@code __restore_rt}, and a stack.
 */
public final class ProcessImage {
    /** Script code pseudo-addresses (1 MiB, r-x), filled with ud2 so a stray jump there is SIGILL. */
    public static final long TEXT_BASE = 0x401000L;
    public static final long TEXT_SIZE = 1L << 20;
    /** 64 KiB rw scratch the interpreter uses to pass syscall structs. */
    public static final long DATA_BASE = 0x600000L;
    public static final long DATA_SIZE = 64L << 10;
    /** One r-x page standing for libc. */
    public static final long LIBC_BASE = 0x7ffff7dd0000L;
    /** glibc's __restore_rt. */
    public static final long RESTORE_RT = LIBC_BASE + 0x100;
    /** Where main's return lands: exit_group(rax). */
    public static final long EXIT_STUB = LIBC_BASE + 0x200;
    public static final long STACK_TOP = 0x7ffffffff000L;
    public static final long STACK_SIZE = 132L << 10;
    /** The initial rsp: holds EXIT_STUB as main's return address, so rsp % 16 == 8 as at a function entry. */
    public static final long INITIAL_RSP = 0x7fffffffe000L - 8;

    /** {@code ud2}: 0f 0b. */
    private static final byte[] UD2 = {0x0f, 0x0b};
    /** glibc __restore_rt: {@code mov $15,%rax; syscall} (48 c7 c0 0f 00 00 00; 0f 05). */
    private static final byte[] RESTORE_RT_CODE = {0x48, (byte) 0xc7, (byte) 0xc0, 0x0f, 0x00, 0x00, 0x00, 0x0f, 0x05};
    /** {@code mov %rax,%rdi; mov $231,%eax; syscall} (48 89 c7; b8 e7 00 00 00; 0f 05). */
    private static final byte[] EXIT_STUB_CODE = {0x48, (byte) 0x89, (byte) 0xc7, (byte) 0xb8, (byte) 0xe7, 0x00,
        0x00, 0x00, 0x0f, 0x05};

    private ProcessImage() {}

    /** {@return a fresh address space with the layout above} */
    public static AddressSpace build() {
        Memory m = new Memory();
        m.map(TEXT_BASE, TEXT_SIZE, Prot.RX, "[text]");
        byte[] text = new byte[(int) TEXT_SIZE];
        for (int i = 0; i < text.length; i += 2) {
            text[i] = UD2[0];
            text[i + 1] = UD2[1];
        }
        m.poke(TEXT_BASE, text);
        m.map(DATA_BASE, DATA_SIZE, Prot.RW, "[data]");
        m.map(LIBC_BASE, Memory.PAGE_SIZE, Prot.RX, "libc.so.6");
        m.poke(RESTORE_RT, RESTORE_RT_CODE);
        m.poke(EXIT_STUB, EXIT_STUB_CODE);
        m.map(STACK_TOP - STACK_SIZE, STACK_SIZE, Prot.RW, "[stack]");
        m.write64(INITIAL_RSP, EXIT_STUB);
        SymbolTable symbols = new SymbolTable();
        symbols.define(RESTORE_RT, "__restore_rt");
        symbols.define(EXIT_STUB, "__libc_start_call_main");
        return new AddressSpace(m, symbols);
    }

    /** Sets the registers a new process starts main with. */
    public static void initRegs(X86_64Regs regs) {
        regs.rsp(INITIAL_RSP);
        regs.rip(TEXT_BASE);
    }
}
