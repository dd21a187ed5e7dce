package dev.sigscript.kernel;

import dev.sigscript.cpu.Regs;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.abi.SsFlags;
import dev.sigscript.kernel.abi.SyscallNumbers;
import dev.sigscript.kernel.arch.SignalFrames;
import dev.sigscript.kernel.trace.TraceEvent;

/**
 * Return to user mode with signals pending: kernel/entry/common.c exit_to_user_mode_loop()
 * and arch/x86/kernel/signal.c arch_do_signal_or_restart(), handle_signal(), with the
 * syscall-restart rules.
 */
final class SignalDelivery {
    private final Kernel k;

    SignalDelivery(Kernel k) {
        this.k = k;
    }

    /**
     * Mirrors kernel/entry/common.c:exit_to_user_mode_loop(): while TIF_SIGPENDING, handle.
     * Each pass may build another frame on top of the last: several pending handled signals
     * nest, and the last built runs first.
     */
    void exitToUserModeLoop(Task t) {
        while (k.signalPending(t)) {
            archDoSignalOrRestart(t);
        }
    }

    /** Mirrors arch/x86/kernel/signal.c:arch_do_signal_or_restart() (Linux 6.x). */
    void archDoSignalOrRestart(Task t) {
        GetSignal.KSignal ksig = k.getSignal.getSignal(t);
        if (ksig != null) {
            // "Whee! Actually deliver the signal."
            handleSignal(t, ksig);
            return;
        }
        Regs regs = t.regs();
        // "Did we come from a system call?"
        if (regs.origSyscallNr() >= 0) {
            // "Restart the system call - no handlers present"
            long err = regs.ret();
            if (err == Errno.ERESTARTNOHAND.neg() || err == Errno.ERESTARTSYS.neg()
                    || err == Errno.ERESTARTNOINTR.neg()) {
                restart(t, regs, regs.origSyscallNr(), Errno.ofReturn(err).orElseThrow().name() + " without handler");
            } else if (err == Errno.ERESTART_RESTARTBLOCK.neg()) {
                restart(t, regs, SyscallNumbers.__NR_restart_syscall,
                        "ERESTART_RESTARTBLOCK without handler");
            }
        }
        // "If there's no signal to deliver, we just put the saved sigmask back."
        SigProcMask.restoreSavedSigmask(t);
    }

    private void restart(Task t, Regs regs, long nr, String why) {
        regs.ret(nr);
        regs.pc(regs.pc() - regs.syscallInsnLength());
        k.trace.step(t, "syscall restart", () -> "-" + why + ": restart " + SyscallNumbers.name(nr)
                + " (rip -= " + regs.syscallInsnLength() + ")");
    }

    /** Mirrors arch/x86/kernel/signal.c:handle_signal() (Linux 6.x). */
    void handleSignal(Task t, GetSignal.KSignal ksig) {
        Regs regs = t.regs();
        // "Are we from a system call?"
        if (regs.origSyscallNr() >= 0) {
            long err = regs.ret();
            String name = SyscallNumbers.name(regs.origSyscallNr());
            if (err == Errno.ERESTART_RESTARTBLOCK.neg() || err == Errno.ERESTARTNOHAND.neg()) {
                regs.ret(Errno.EINTR.neg());
                k.trace.step(t, "syscall restart", () -> "-" + Errno.ofReturn(err).orElseThrow().name()
                        + " with a handler: " + name + " fails with EINTR");
            } else if (err == Errno.ERESTARTSYS.neg() && !ksig.ka().hasFlag(SaFlags.SA_RESTART)) {
                regs.ret(Errno.EINTR.neg());
                k.trace.step(t, "syscall restart", () -> "-ERESTARTSYS without SA_RESTART: " + name
                        + " fails with EINTR");
            } else if (err == Errno.ERESTARTSYS.neg() || err == Errno.ERESTARTNOINTR.neg()) {
                regs.ret(regs.origSyscallNr());
                regs.pc(regs.pc() - regs.syscallInsnLength());
                k.trace.step(t, "syscall restart", () -> (err == Errno.ERESTARTSYS.neg()
                        ? "-ERESTARTSYS with SA_RESTART" : "-ERESTARTNOINTR") + ": restart " + name);
            }
        }
        long spBefore = regs.sp();
        SignalFrames.FrameRequest request = new SignalFrames.FrameRequest(ksig.sig(), ksig.info(),
                ksig.ka().handler(), ksig.ka().restorer(), ksig.ka().flags(), SigProcMask.sigmaskToSave(t),
                new SignalFrames.AltStack(t.sasSsSp, t.sasSsFlags, t.sasSsSize));
        SignalFrames.FrameResult result = k.frames.setupRtFrame(regs, t.mm().memory(), request);
        String handler = t.mm().symbols().nameOf(ksig.ka().handler())
                .orElse("0x" + Long.toHexString(ksig.ka().handler()));
        switch (result) {
            case SignalFrames.FrameResult.Built b -> {
                t.handlerDepth++;
                t.group().handled[ksig.sig()]++;
                k.trace.step(t, "setup_rt_frame", () -> "rsp 0x" + Long.toHexString(spBefore) + " -> 0x"
                        + Long.toHexString(b.frame()) + ", handler " + handler);
                k.trace.emit(new TraceEvent.HandlerEntered(k.trace.now(), t.ref(), ksig.sig(), handler, b.frame(),
                        t.handlerDepth));
                signalDelivered(t, ksig);
            }
            case SignalFrames.FrameResult.Failed f -> {
                k.trace.step(t, "setup_rt_frame", () -> "failed (" + f.why() + "): force SIGSEGV");
                // signal_setup_done(failed) -> force_sigsegv()
                k.force.forceSigsegv(t, ksig.sig());
            }
        }
    }

    /**
     * Mirrors kernel/signal.c:signal_delivered(): the saved mask is in the frame now
     * (clear_restore_sigmask); blocked |= sa_mask, plus the signal itself unless SA_NODEFER;
     * an SS_AUTODISARM altstack is reset.
     */
    private void signalDelivered(Task t, GetSignal.KSignal ksig) {
        t.restoreSigmask = false;
        SigSet blocked = t.blocked.union(ksig.ka().mask());
        if (!ksig.ka().hasFlag(SaFlags.SA_NODEFER)) {
            blocked = blocked.with(ksig.sig());
        }
        SigProcMask.setCurrentBlocked(t, blocked);
        if ((t.sasSsFlags & SsFlags.SS_AUTODISARM) != 0) {
            t.sasSsSp = 0;
            t.sasSsSize = 0;
            t.sasSsFlags = SsFlags.SS_DISABLE;
        }
        k.trace.step(t, "signal_delivered", () -> "blocked now " + setText(t.blocked) + " for "
                + Signals.straceName(ksig.sig()));
    }

    static String setText(SigSet s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 1; i <= 64; i++) {
            if (s.contains(i)) {
                sb.append(sb.length() > 1 ? " " : "").append(Signals.setElementName(i));
            }
        }
        return sb.append(']').toString();
    }
}
