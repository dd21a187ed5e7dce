package dev.sigscript.cpu.x86;

import dev.sigscript.cpu.Regs;
import java.util.Arrays;

/**
 * The x86-64 user register file as the kernel saves it on entry ({@code struct pt_regs}), plus
 * fs/gs base. Values are raw 64-bit words.
 */
public final class X86_64Regs implements Regs {
    /** Syscall arguments in order: rdi, rsi, rdx, r10, r8, r9 (arch/x86/entry/entry_64.S). */
    private static final X86_64Reg[] ARGS = {X86_64Reg.RDI, X86_64Reg.RSI, X86_64Reg.RDX, X86_64Reg.R10, X86_64Reg.R8, X86_64Reg.R9};

    /** User code and stack segment selectors of x86-64 Linux (__USER_CS, __USER_DS). */
    public static final long USER_CS = 0x33;
    public static final long USER_DS = 0x2b;
    /** EFLAGS at process start: only the reserved bit 1 and IF (0x200) set. */
    public static final long INITIAL_EFLAGS = 0x202;

    private final long[] r = new long[X86_64Reg.values().length];
    public long fsBase;
    public long gsBase;

    public X86_64Regs() {
        r[X86_64Reg.CS.ordinal()] = USER_CS;
        r[X86_64Reg.SS.ordinal()] = USER_DS;
        r[X86_64Reg.EFLAGS.ordinal()] = INITIAL_EFLAGS;
        r[X86_64Reg.ORIG_RAX.ordinal()] = -1;
    }

    public long get(X86_64Reg reg) {
        return r[reg.ordinal()];
    }

    public void set(X86_64Reg reg, long value) {
        r[reg.ordinal()] = value;
    }

    public long rip() {
        return r[X86_64Reg.RIP.ordinal()];
    }

    public void rip(long v) {
        r[X86_64Reg.RIP.ordinal()] = v;
    }

    public long rsp() {
        return r[X86_64Reg.RSP.ordinal()];
    }

    public void rsp(long v) {
        r[X86_64Reg.RSP.ordinal()] = v;
    }

    public long rax() {
        return r[X86_64Reg.RAX.ordinal()];
    }

    public void rax(long v) {
        r[X86_64Reg.RAX.ordinal()] = v;
    }

    @Override
    public long pc() {
        return rip();
    }

    @Override
    public void pc(long v) {
        rip(v);
    }

    @Override
    public long sp() {
        return rsp();
    }

    @Override
    public void sp(long v) {
        rsp(v);
    }

    @Override
    public long syscallNr() {
        return rax();
    }

    @Override
    public long origSyscallNr() {
        return get(X86_64Reg.ORIG_RAX);
    }

    @Override
    public void origSyscallNr(long v) {
        set(X86_64Reg.ORIG_RAX, v);
    }

    @Override
    public long arg(int i) {
        return get(ARGS[i]);
    }

    @Override
    public void arg(int i, long v) {
        set(ARGS[i], v);
    }

    @Override
    public long ret() {
        return rax();
    }

    @Override
    public void ret(long v) {
        rax(v);
    }

    /** {@code syscall} is 0f 05: two bytes. */
    @Override
    public int syscallInsnLength() {
        return 2;
    }

    @Override
    public X86_64Regs copy() {
        X86_64Regs c = new X86_64Regs();
        System.arraycopy(r, 0, c.r, 0, r.length);
        c.fsBase = fsBase;
        c.gsBase = gsBase;
        return c;
    }

    public void copyFrom(X86_64Regs other) {
        System.arraycopy(other.r, 0, r, 0, r.length);
        fsBase = other.fsBase;
        gsBase = other.gsBase;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X86_64Regs x && Arrays.equals(r, x.r) && fsBase == x.fsBase && gsBase == x.gsBase;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(r);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (X86_64Reg reg : X86_64Reg.values()) {
            sb.append(reg.lower()).append("=0x").append(Long.toHexString(get(reg))).append(' ');
        }
        return sb.toString().trim();
    }
}
