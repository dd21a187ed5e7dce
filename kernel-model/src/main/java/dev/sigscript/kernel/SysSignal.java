package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SigHow;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.abi.SsFlags;
import dev.sigscript.kernel.arch.SignalFrames;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.List;

/** rt_sigaction, rt_sigprocmask, rt_sigpending, sigaltstack, rt_sigreturn (kernel/signal.c, signal_64.c). */
final class SysSignal {
    /** sizeof(sigset_t) on x86-64. */
    static final long SIGSETSIZE = 8;
    // struct sigaction as the kernel reads it on x86-64 (arch/x86/include/uapi/asm/signal.h).
    static final int SA_HANDLER = 0;
    static final int SA_FLAGS = 8;
    static final int SA_RESTORER = 16;
    static final int SA_MASK = 24;
    // stack_t (include/uapi/asm-generic/signal.h): ss_sp 0, ss_flags 8, ss_size 16.
    static final int SS_SP = 0;
    static final int SS_FLAGS = 8;
    static final int SS_SIZE = 16;

    private final Kernel k;

    SysSignal(Kernel k) {
        this.k = k;
    }

    /** Mirrors kernel/signal.c:SYSCALL_DEFINE4(rt_sigaction). Errors: EINVAL, EFAULT. */
    Syscalls.Result rtSigaction(Task t, int sig, long act, long oact, long sigsetsize) {
        Memory m = t.mm().memory();
        SymbolTable sym = t.mm().symbols();
        KSigaction newSa = null;
        TraceArg actArg = TraceArg.NULL;
        if (act != 0) {
            newSa = new KSigaction(m.read64(act + SA_HANDLER), m.read64(act + SA_FLAGS), m.read64(act + SA_RESTORER),
                    new SigSet(m.read64(act + SA_MASK)));
            actArg = TraceDecode.sigaction(newSa, sym);
        }
        TraceArg sigArg = new TraceArg.Signal(sig);
        if (sigsetsize != SIGSETSIZE) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), sigArg, actArg, TraceDecode.ptr(oact),
                    new TraceArg.Num(sigsetsize));
        }
        DoSigaction.Outcome o = DoSigaction.doSigaction(k, t, sig, newSa);
        TraceArg oactArg = TraceDecode.ptr(oact);
        if (o.ret() == 0 && oact != 0) {
            KSigaction old = o.old();
            m.write64(oact + SA_HANDLER, old.handler());
            m.write64(oact + SA_FLAGS, old.flags());
            m.write64(oact + SA_RESTORER, old.restorer());
            m.write64(oact + SA_MASK, old.mask().bits());
            oactArg = TraceDecode.sigaction(old, sym);
        }
        return Syscalls.Result.of(o.ret(), sigArg, actArg, oactArg, new TraceArg.Num(sigsetsize));
    }

    /** Mirrors kernel/signal.c:SYSCALL_DEFINE4(rt_sigprocmask). Errors: EINVAL, EFAULT. */
    Syscalls.Result rtSigprocmask(Task t, int how, long nset, long oset, long sigsetsize) {
        Memory m = t.mm().memory();
        TraceArg howArg = new TraceArg.Sym(SigHow.name(how));
        TraceArg setArg = TraceDecode.ptr(nset);
        if (sigsetsize != SIGSETSIZE) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), howArg, setArg, TraceDecode.ptr(oset),
                    new TraceArg.Num(sigsetsize));
        }
        SigSet oldSet = t.blocked;
        if (nset != 0) {
            SigSet newSet = new SigSet(m.read64(nset));
            setArg = new TraceArg.SigSet(newSet.bits());
            long error = SigProcMask.sigprocmask(t, how, newSet.minus(SigProcMask.KILL_STOP));
            if (error != 0) {
                return Syscalls.Result.of(error, howArg, setArg, TraceDecode.ptr(oset), new TraceArg.Num(sigsetsize));
            }
        }
        TraceArg osetArg = TraceDecode.ptr(oset);
        if (oset != 0) {
            m.write64(oset, oldSet.bits());
            osetArg = new TraceArg.SigSet(oldSet.bits());
        }
        return Syscalls.Result.of(0, howArg, setArg, osetArg, new TraceArg.Num(sigsetsize));
    }

    /** Mirrors kernel/signal.c:do_sigpending(): blocked signals pending, private or shared. */
    Syscalls.Result rtSigpending(Task t, long uset, long sigsetsize) {
        if (sigsetsize > SIGSETSIZE) {
            return Syscalls.Result.of(Errno.EINVAL.neg(), TraceDecode.ptr(uset), new TraceArg.Num(sigsetsize));
        }
        SigSet pending = t.pending.signal().union(t.group().sharedPending.signal()).intersect(t.blocked);
        t.mm().memory().write64(uset, pending.bits());
        return Syscalls.Result.of(0, new TraceArg.SigSet(pending.bits()), new TraceArg.Num(sigsetsize));
    }

    /** Mirrors kernel/signal.c:SYSCALL_DEFINE2(sigaltstack). Errors: EPERM, EINVAL, ENOMEM, EFAULT. */
    Syscalls.Result sigaltstack(Task t, long uss, long uoss) {
        Memory m = t.mm().memory();
        long sp = t.regs().sp();
        long oldSp = t.sasSsSp;
        long oldSize = t.sasSsSize;
        int oldFlags = t.sasSsFlags(sp) | (t.sasSsFlags & SsFlags.SS_FLAG_BITS);
        TraceArg ssArg = TraceArg.NULL;
        long err = 0;
        if (uss != 0) {
            long ssSp = m.read64(uss + SS_SP);
            int ssFlags = m.read32(uss + SS_FLAGS);
            long ssSize = m.read64(uss + SS_SIZE);
            ssArg = stack(ssSp, ssFlags, ssSize);
            err = DoSigaction.doSigaltstack(t, ssSp, ssFlags, ssSize, sp);
        }
        TraceArg ossArg = TraceDecode.ptr(uoss);
        if (err == 0 && uoss != 0) {
            m.write64(uoss + SS_SP, oldSp);
            m.write32(uoss + SS_FLAGS, oldFlags);
            m.write64(uoss + SS_SIZE, oldSize);
            ossArg = stack(oldSp, oldFlags, oldSize);
        }
        return Syscalls.Result.of(err, ssArg, ossArg);
    }

    private static TraceArg stack(long sp, int flags, long size) {
        return new TraceArg.Struct(List.of(new TraceArg.Field("ss_sp", TraceDecode.ptr(sp)),
                new TraceArg.Field("ss_flags", new TraceArg.Sym(SsFlags.format(flags))),
                new TraceArg.Field("ss_size", new TraceArg.Num(size))));
    }

    /**
     * Mirrors arch/x86/kernel/signal_64.c:SYSCALL_DEFINE0(rt_sigreturn): restore registers,
     * set_current_blocked(uc_sigmask), restore_altstack(); "Always make any pending restarted
     * system calls return -EINTR" (restart_block.fn = do_no_restart_syscall). Returns the
     * restored rax; a bad frame is signal_fault(): SIGSEGV, return 0.
     */
    Syscalls.Result rtSigreturn(Task t) {
        t.restartBlock = RestartBlock.NONE;
        long frameSp = t.regs().sp() - 8;
        SignalFrames.SigreturnResult r = k.frames.rtSigreturn(t.regs(), t.mm().memory());
        return switch (r) {
            case SignalFrames.SigreturnResult.Restored ok -> {
                SigProcMask.setCurrentBlocked(t, ok.mask());
                SignalFrames.AltStack a = ok.altStack();
                // restore_altstack(): errors other than EFAULT are squashed.
                DoSigaction.doSigaltstack(t, a.sp(), a.flags(), a.size(), t.regs().sp());
                // restore_sigcontext(): "disable syscall checks"
                t.regs().origSyscallNr(-1);
                if (t.handlerDepth > 0) {
                    t.handlerDepth--;
                }
                k.trace.step(t, "rt_sigreturn", () -> "mask " + SignalDelivery.setText(ok.mask()) + " rip 0x"
                        + Long.toHexString(t.regs().pc()));
                yield Syscalls.Result.of(t.regs().ret(), new TraceArg.Struct(
                        List.of(new TraceArg.Field("mask", new TraceArg.SigSet(ok.mask().bits())))));
            }
            case SignalFrames.SigreturnResult.BadFrame bad -> {
                k.trace.step(t, "rt_sigreturn", () -> "bad frame at 0x" + Long.toHexString(frameSp) + " ("
                        + bad.why() + "): SIGSEGV");
                k.force.forceSig(t, Signals.SIGSEGV);
                yield Syscalls.Result.of(0, new TraceArg.Hex(frameSp));
            }
        };
    }
}
