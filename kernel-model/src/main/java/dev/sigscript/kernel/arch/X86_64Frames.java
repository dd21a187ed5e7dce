package dev.sigscript.kernel.arch;

import static dev.sigscript.cpu.layout.X86_64Layouts.RT_SIGFRAME;
import static dev.sigscript.cpu.layout.X86_64Layouts.SIGCONTEXT;
import static dev.sigscript.cpu.layout.X86_64Layouts.UCONTEXT;

import dev.sigscript.cpu.Regs;
import dev.sigscript.cpu.layout.Field;
import dev.sigscript.cpu.memory.Access;
import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.MemoryFault;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.cpu.x86.X86_64Reg;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.abi.SigSet;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The x86-64 rt signal frame: {@code struct rt_sigframe} (pretcode, ucontext, siginfo) below
 * the red zone, with the XSAVE area above it, built and read back as Linux 6.x does
 * (compare arch/x86/kernel/signal.c:get_sigframe() and arch/x86/kernel/signal_64.c). The
 * frame lives in guest memory only; a handler that edits {@code uc_mcontext} really changes
 * where rt_sigreturn resumes. See {@link X86_64FrameDump} for {@code dump frame}.
 */
public final class X86_64Frames implements SignalFrames {

    // Signal action flags for rt_sigaction(2), from arch/x86/include/uapi/asm/signal.h.
    static final long SA_SIGINFO = 0x00000004L;
    static final long SA_ONSTACK = 0x08000000L;
    static final long SA_RESTORER = 0x04000000L;

    // sigaltstack(2) flags, from include/uapi/linux/signal.h.
    static final int SS_ONSTACK = 1;
    static final int SS_DISABLE = 2;
    static final int SS_AUTODISARM = 1 << 31;

    // uc_flags, from arch/x86/include/uapi/asm/ucontext.h.
    public static final long UC_FP_XSTATE = 0x1;
    public static final long UC_SIGCONTEXT_SS = 0x2;
    public static final long UC_STRICT_RESTORE_SS = 0x4;

    /** FIX_EFLAGS: the flags sigreturn takes from the frame, arch/x86/include/asm/sighandling.h. */
    public static final long FIX_EFLAGS = 0x40000 /* AC */ | 0x800 /* OF */ | 0x400 /* DF */ | 0x100 /* TF */
            | 0x80 /* SF */ | 0x40 /* ZF */ | 0x10 /* AF */ | 0x4 /* PF */ | 0x1 /* CF */ | 0x10000 /* RF */;
    private static final long X86_EFLAGS_TF = 0x100;
    private static final long X86_EFLAGS_DF = 0x400;
    private static final long X86_EFLAGS_RF = 0x10000;

    /** The x86-64 ABI red zone below rsp that a signal frame must not clobber. */
    public static final int RED_ZONE = 128;
    /** TASK_SIZE_MAX with 4-level paging, arch/x86/include/asm/page_64_types.h: access_ok() limit. */
    public static final long TASK_SIZE_MAX = 0x00007ffffffff000L;

    private static final int FRAME_SIZE = RT_SIGFRAME.size();
    private static final int UC = RT_SIGFRAME.offsetOf("uc");
    private static final int INFO = RT_SIGFRAME.offsetOf("info");
    private static final int SC = UC + UCONTEXT.offsetOf("uc_mcontext");

    /** sigcontext general registers in frame order, with the pt_regs register each holds. */
    private static final X86_64Reg[] SC_REGS = {
        X86_64Reg.R8, X86_64Reg.R9, X86_64Reg.R10, X86_64Reg.R11, X86_64Reg.R12, X86_64Reg.R13,
        X86_64Reg.R14, X86_64Reg.R15, X86_64Reg.RDI, X86_64Reg.RSI, X86_64Reg.RBP, X86_64Reg.RBX,
        X86_64Reg.RDX, X86_64Reg.RAX, X86_64Reg.RCX, X86_64Reg.RSP, X86_64Reg.RIP,
    };

    /**
     * Mirrors arch/x86/kernel/signal_64.c:x64_setup_rt_frame() (Linux 6.x), together with the
     * flag clearing of arch/x86/kernel/signal.c:handle_signal(). Failures: no SA_RESTORER
     * ({@code Failed} with a null fault: the kernel returns -EFAULT without touching memory),
     * an altstack overflow (get_sigframe() returns the bogus address -1), or a fault writing
     * the fpstate area or the frame. Divergences: trapno, err and cr2 are written as 0 (we keep
     * no thread.trap_nr/error_code/cr2); a SS other than __USER_DS is always replaced by
     * __USER_DS (force_valid_ss() would keep other valid data segments; we have no GDT). The
     * caller performs the rest of signal_delivered(), including the SS_AUTODISARM reset.
     */
    @Override
    public FrameResult setupRtFrame(Regs regs, Memory memory, FrameRequest request) {
        X86_64Regs r = (X86_64Regs) regs;
        // "x86-64 should always use SA_RESTORER."
        if ((request.flags() & SA_RESTORER) == 0) {
            return new FrameResult.Failed(null, "SA_RESTORER not set: x86-64 has no kernel-provided restorer");
        }
        AltStack alt = request.altStack();
        long sp = r.rsp();
        boolean nestedAltstack = onSigStack(alt, sp);
        boolean enteringAltstack = false;
        sp -= RED_ZONE;
        // This is the X/Open sanctioned signal stack switching.
        if ((request.flags() & SA_ONSTACK) != 0 && sasSsFlags(alt, sp) == 0) {
            sp = alt.sp() + alt.size();
            enteringAltstack = true;
        }
        long fpstate = X86_64FpuFrame.allocMathframe(sp);
        long frame = ((fpstate - FRAME_SIZE) & ~15L) - 8;
        if ((nestedAltstack || enteringAltstack) && !onSigStackRange(alt, frame)) {
            return new FrameResult.Failed(new MemoryFault(-1L, Access.WRITE, false),
                    String.format("frame at 0x%x would overflow the alternate stack", frame));
        }
        try {
            X86_64FpuFrame.copyFpstateToSigframe(memory, fpstate);
            if (Long.compareUnsigned(frame, TASK_SIZE_MAX - FRAME_SIZE) > 0) {
                return new FrameResult.Failed(new MemoryFault(frame, Access.WRITE, false), "frame above TASK_SIZE_MAX");
            }
            long uc = frame + UC;
            memory.write64(uc + UCONTEXT.offsetOf("uc_flags"), frameUcFlags(r));
            memory.write64(uc + UCONTEXT.offsetOf("uc_link"), 0);
            saveAltstack(memory, uc + UCONTEXT.offsetOf("uc_stack"), alt);
            memory.write64(frame + RT_SIGFRAME.offsetOf("pretcode"), request.restorer());
            setupSigcontext(memory, frame + SC, fpstate, r, request.savedMask());
            memory.write64(uc + UCONTEXT.offsetOf("uc_sigmask"), request.savedMask().bits());
            if ((request.flags() & SA_SIGINFO) != 0) {
                X86_64Siginfo.copySiginfoToUser(memory, frame + INFO, request.info());
            }
        } catch (MemoryFaultException e) {
            return new FrameResult.Failed(e.fault(), String.format("cannot write the signal frame at 0x%x", e.fault().address()));
        }
        // Set up registers for signal handler.
        r.set(X86_64Reg.RDI, request.signo());
        r.set(X86_64Reg.RAX, 0); // "In case the signal handler was declared without prototypes"
        r.set(X86_64Reg.RSI, frame + INFO);
        r.set(X86_64Reg.RDX, frame + UC);
        r.rip(request.handler());
        r.rsp(frame);
        r.set(X86_64Reg.CS, X86_64Regs.USER_CS);
        if (r.get(X86_64Reg.SS) != X86_64Regs.USER_DS) {
            r.set(X86_64Reg.SS, X86_64Regs.USER_DS); // force_valid_ss()
        }
        // handle_signal(): "Clear the direction flag as per the ABI for function entry", RF and TF.
        r.set(X86_64Reg.EFLAGS, r.get(X86_64Reg.EFLAGS) & ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF));
        return new FrameResult.Built(frame, FRAME_SIZE, frame + INFO, frame + UC);
    }

    /**
     * Mirrors arch/x86/kernel/signal_64.c:SYSCALL_DEFINE0(rt_sigreturn) and restore_sigcontext()
     * (Linux 6.x). On success the registers hold the interrupted context; rax is the restored
     * rax, which is also the system call's return value, so the caller must not overwrite it.
     * The returned mask has SIGKILL and SIGSTOP removed, as set_current_blocked() does; the
     * caller applies it and the altstack (restore_altstack(), where only -EFAULT is fatal) and
     * sets restart_block.fn = do_no_restart_syscall. Divergence: the kernel sets the blocked mask
     * before it reads uc_mcontext, so a frame bad only in uc_mcontext still changes the mask;
     * BadFrame carries no mask.
     */
    @Override
    public SigreturnResult rtSigreturn(Regs regs, Memory memory) {
        X86_64Regs r = (X86_64Regs) regs;
        long frame = r.rsp() - 8;
        if (Long.compareUnsigned(frame, TASK_SIZE_MAX - FRAME_SIZE) > 0) {
            return new SigreturnResult.BadFrame(String.format("frame 0x%x fails access_ok()", frame));
        }
        long uc = frame + UC;
        try {
            long set = memory.read64(uc + UCONTEXT.offsetOf("uc_sigmask"));
            long ucFlags = memory.read64(uc + UCONTEXT.offsetOf("uc_flags"));
            // copy_from_user(&sc, usc, offsetof(struct sigcontext, reserved1))
            byte[] sc = memory.read(frame + SC, SIGCONTEXT.offsetOf("reserved1"));
            long fpstate = le(sc, SIGCONTEXT.offsetOf("fpstate"), 8);
            String fpError = X86_64FpuFrame.checkRestorable(memory, fpstate);
            byte[] stack = memory.read(uc + UCONTEXT.offsetOf("uc_stack"), UCONTEXT.sizeOf("uc_stack"));
            restoreSigcontext(r, sc, ucFlags);
            if (fpError != null) {
                return new SigreturnResult.BadFrame(fpError);
            }
            AltStack alt = new AltStack(le(stack, 0, 8), (int) le(stack, 8, 4), le(stack, 16, 8));
            SigSet mask = new SigSet(set).without(9 /* SIGKILL */).without(19 /* SIGSTOP */);
            return new SigreturnResult.Restored(mask, alt, frame);
        } catch (MemoryFaultException e) {
            return new SigreturnResult.BadFrame(String.format("cannot read the signal frame at 0x%x (fault at 0x%x)",
                    frame, e.fault().address()));
        }
    }

    /** Mirrors arch/x86/kernel/signal_64.c:restore_sigcontext() on the copied bytes. */
    private static void restoreSigcontext(X86_64Regs r, byte[] sc, long ucFlags) {
        for (X86_64Reg reg : SC_REGS) {
            r.set(reg, le(sc, SIGCONTEXT.offsetOf(reg.lower()), 8));
        }
        // Get CS/SS and force CPL3.
        r.set(X86_64Reg.CS, le(sc, SIGCONTEXT.offsetOf("cs"), 2) | 0x03);
        r.set(X86_64Reg.SS, le(sc, SIGCONTEXT.offsetOf("ss"), 2) | 0x03);
        long flags = le(sc, SIGCONTEXT.offsetOf("eflags"), 8);
        r.set(X86_64Reg.EFLAGS, (r.get(X86_64Reg.EFLAGS) & ~FIX_EFLAGS) | (flags & FIX_EFLAGS));
        r.origSyscallNr(-1); // disable syscall checks
        // "Fix up SS if needed for the benefit of old DOSEMU and CRIU."
        if ((ucFlags & UC_STRICT_RESTORE_SS) == 0 && r.get(X86_64Reg.CS) == X86_64Regs.USER_CS
                && r.get(X86_64Reg.SS) != X86_64Regs.USER_DS) {
            r.set(X86_64Reg.SS, X86_64Regs.USER_DS); // force_valid_ss(), see setupRtFrame's divergence
        }
    }

    /** Mirrors arch/x86/kernel/signal_64.c:__unsafe_setup_sigcontext() (Linux 6.x). */
    private static void setupSigcontext(Memory m, long sc, long fpstate, X86_64Regs r, SigSet mask) {
        for (X86_64Reg reg : SC_REGS) {
            m.write64(sc + SIGCONTEXT.offsetOf(reg.lower()), r.get(reg));
        }
        m.write64(sc + SIGCONTEXT.offsetOf("trapno"), 0);
        m.write64(sc + SIGCONTEXT.offsetOf("err"), 0);
        m.write64(sc + SIGCONTEXT.offsetOf("eflags"), r.get(X86_64Reg.EFLAGS));
        m.write16(sc + SIGCONTEXT.offsetOf("cs"), (int) r.get(X86_64Reg.CS));
        m.write16(sc + SIGCONTEXT.offsetOf("gs"), 0);
        m.write16(sc + SIGCONTEXT.offsetOf("fs"), 0);
        m.write16(sc + SIGCONTEXT.offsetOf("ss"), (int) r.get(X86_64Reg.SS));
        m.write64(sc + SIGCONTEXT.offsetOf("fpstate"), fpstate);
        m.write64(sc + SIGCONTEXT.offsetOf("oldmask"), mask.bits());
        m.write64(sc + SIGCONTEXT.offsetOf("cr2"), 0);
    }

    /**
     * Mirrors include/linux/signal.h:unsafe_save_altstack() (Linux 6.x): the task's settings
     * as stored, so ss_flags is what sigaltstack(2) was given (0, SS_AUTODISARM, SS_DISABLE),
     * never a computed SS_ONSTACK (Linux before 4.7 wrote sas_ss_flags(sp) here).
     */
    private static void saveAltstack(Memory m, long uss, AltStack alt) {
        m.write64(uss, alt.sp());
        m.write32(uss + 8, alt.flags()); // the 4 padding bytes after ss_flags are left as they were
        m.write64(uss + 16, alt.size());
    }

    /** Mirrors arch/x86/kernel/signal.c:frame_uc_flags() for a CPU with XSAVE. */
    private static long frameUcFlags(X86_64Regs r) {
        long flags = UC_FP_XSTATE | UC_SIGCONTEXT_SS;
        if (r.get(X86_64Reg.CS) == X86_64Regs.USER_CS) { // user_64bit_mode()
            flags |= UC_STRICT_RESTORE_SS;
        }
        return flags;
    }

    /** Mirrors include/linux/sched/signal.h:__on_sig_stack(): sp in (ss_sp, ss_sp + ss_size]. */
    static boolean onSigStackRange(AltStack alt, long sp) {
        return Long.compareUnsigned(sp, alt.sp()) > 0 && Long.compareUnsigned(sp - alt.sp(), alt.size()) <= 0;
    }

    /** Mirrors include/linux/sched/signal.h:on_sig_stack(): never on an SS_AUTODISARM stack. */
    static boolean onSigStack(AltStack alt, long sp) {
        if ((alt.flags() & SS_AUTODISARM) != 0) {
            return false;
        }
        return onSigStackRange(alt, sp);
    }

    /** Mirrors include/linux/sched/signal.h:sas_ss_flags(). */
    static int sasSsFlags(AltStack alt, long sp) {
        if (alt.size() == 0) {
            return SS_DISABLE;
        }
        return onSigStack(alt, sp) ? SS_ONSTACK : 0;
    }

    /**
     * {@return the offset inside {@code struct ucontext} of a dotted path such as
     * "uc_mcontext.rip", "uc_sigmask", "uc_stack.ss_sp", for scripts that read and write
     * {@code ctx.uc_mcontext.rip}}
     */
    public static OptionalLong ucontextFieldOffset(String path) {
        return ucontextField(path).map(f -> OptionalLong.of(f.offset())).orElse(OptionalLong.empty());
    }

    /** {@return the member of {@code struct ucontext} at a dotted path, with offset and size} */
    public static Optional<Field> ucontextField(String path) {
        return UCONTEXT.field(path);
    }

    /** {@return the offset inside siginfo of an accessor name: si_signo, si_pid, si_value, si_addr, ...} */
    public static OptionalLong siginfoFieldOffset(String name) {
        return X86_64Siginfo.field(name).map(f -> OptionalLong.of(f.offset())).orElse(OptionalLong.empty());
    }

    /** {@return the siginfo member for an accessor name, with offset and size (si_int is 4 bytes, si_ptr 8)} */
    public static Optional<Field> siginfoField(String name) {
        return X86_64Siginfo.field(name);
    }

    /** {@return every field of the rt_sigframe at {@code frame}}, see {@link X86_64FrameDump#describeRtFrame} */
    public java.util.List<FrameField> describeRtFrame(Memory m, long frame) {
        return X86_64FrameDump.describeRtFrame(m, frame);
    }

    static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }
}
