package dev.sigscript.interp.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.MemoryFault;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.Kernel;

/**
 * Runs user mode after a kernel entry until control comes back to the statement that is
 * waiting: the heart of "control follows the emulated PC".
 *
 * <p>Linux returns to user mode at whatever address the registers hold. After a syscall that
 * is the instruction after {@code syscall}; after a signal was set up it is the handler; after
 * rt_sigreturn it is whatever the frame said, which a handler may have changed. So after every
 * kernel entry this loop looks at (pc, sp): the waiting statement's return address ends the
 * loop; the same address minus the syscall instruction's length means the kernel rewound the
 * PC to restart the call; a handler or function entry runs that script code (then emulates its
 * {@code ret}); a return address some outer Java frame waits for unwinds the Java stack to it;
 * anything else is machine code (the restorer, the exit stub, or garbage) and the CPU executes
 * it, sending syscalls and faults back into the kernel.
 */
public final class UserMode {
    /** How control came back to the waiting statement. */
    public enum Resume {
        /** At its return address: the syscall (or call) completed; the result is in rax. */
        RETURNED,
        /** At the syscall instruction itself: the kernel asked for a restart. */
        RESTART
    }

    /** A return address no statement waits for (the process's main body). */
    public static final long NO_WAIT = -1;

    private UserMode() {}

    @TruffleBoundary
    public static Resume run(TaskRuntime t, long awaitPc, long awaitSp) {
        X86_64Regs regs = t.regs();
        ScenarioRuntime s = t.scenario();
        Kernel kernel = s.kernel();
        while (true) {
            long pc = regs.rip();
            long sp = regs.rsp();
            if (sp == awaitSp) {
                if (pc == awaitPc) {
                    return Resume.RETURNED;
                }
                if (pc == awaitPc - regs.syscallInsnLength()) {
                    return Resume.RESTART;
                }
            }
            kernel.scheduler().tick();
            CodeMap.Entry entry = s.code().at(pc);
            if (entry instanceof CodeMap.CodeEntry code) {
                runCode(t, code);
                continue;
            }
            if (entry instanceof CodeMap.Site && t.isAwaitedByOuterFrame(pc, sp)) {
                throw new UnwindException(pc, sp);
            }
            StepResult r = s.cpu().step(regs, t.memory());
            switch (r) {
                case StepResult.Continue c -> { }
                case StepResult.Syscall sys -> kernel.syscallEntry(t.task());
                case StepResult.Fault f -> kernel.userFault(t.task(), r);
                case StepResult.IllegalInstruction i -> kernel.userFault(t.task(), r);
                case StepResult.Breakpoint b -> kernel.userFault(t.task(), r);
                case StepResult.GeneralProtection g -> kernel.userFault(t.task(), r);
            }
        }
    }

    /**
     * Runs a handler or function whose entry the PC reached, with its arguments from the
     * argument registers (rdi = signo, rsi = &info, rdx = &uc for a handler), then emulates its
     * {@code ret}: pops the return address (for a handler, pretcode: the restorer).
     */
    private static void runCode(TaskRuntime t, CodeMap.CodeEntry code) {
        X86_64Regs regs = t.regs();
        Object[] args = new Object[1 + code.arity()];
        args[0] = t;
        for (int i = 0; i < code.arity(); i++) {
            long raw = regs.arg(i);
            if (code.isHandler() && i == 1) {
                args[1 + i] = new GuestStructView(GuestStructView.Kind.SIGINFO, raw, "");
            } else if (code.isHandler() && i == 2) {
                args[1 + i] = new GuestStructView(GuestStructView.Kind.UCONTEXT, raw, "");
            } else {
                args[1 + i] = raw;
            }
        }
        if (code.isHandler()) {
            t.handlerFrames.addLast(regs.rsp());
        }
        Object result;
        try {
            result = code.target().call(args);
        } finally {
            if (code.isHandler()) {
                t.handlerFrames.removeLast();
            }
        }
        regs.rax(Values.toRaw(result));
        t.unwindValue = result;
        emulateRet(t);
    }

    /** {@code ret}: rip = [rsp], rsp += 8; an unreadable stack is a SIGSEGV in the task. */
    public static void emulateRet(TaskRuntime t) {
        X86_64Regs regs = t.regs();
        try {
            long target = t.memory().read64(regs.rsp());
            regs.rip(target);
            regs.rsp(regs.rsp() + 8);
        } catch (MemoryFaultException e) {
            MemoryFault f = e.fault();
            t.scenario().kernel().userFault(t.task(), new StepResult.Fault(f));
        }
    }
}
