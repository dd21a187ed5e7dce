package dev.sigscript.kernel;

import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.abi.SigSet;
import dev.sigscript.kernel.abi.SsFlags;
import dev.sigscript.kernel.sched.Scheduler;
import dev.sigscript.kernel.trace.TaskRef;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.List;

/**
 * A thread (the kernel's task_struct): registers, signal mask, private pending signals,
 * alternate stack, restart block, and its schedulable entity.
 */
public final class Task {
    private final int tid;
    private final ThreadGroup group;
    private final String name;
    private final TaskRef ref;
    private final X86_64Regs regs = new X86_64Regs();
    final SigPending pending = new SigPending();
    TaskState state = TaskState.RUNNING;
    SigSet blocked = SigSet.EMPTY;
    /** The mask before rt_sigtimedwait unblocked the waited-for signals. */
    SigSet realBlocked = SigSet.EMPTY;
    SigSet savedSigmask = SigSet.EMPTY;
    /** TIF_RESTORE_SIGMASK. */
    boolean restoreSigmask;
    long sasSsSp;
    long sasSsSize;
    int sasSsFlags = SsFlags.SS_DISABLE;
    RestartBlock restartBlock = RestartBlock.NONE;
    /** PF_EXITING. */
    boolean exiting;
    int handlerDepth;
    Scheduler.Entity entity;
    /** The syscall in progress, for SyscallBlocked events. */
    String syscallName = "";
    List<TraceArg> syscallArgs = List.of();

    Task(int tid, ThreadGroup group, String name) {
        this.tid = tid;
        this.group = group;
        this.name = name;
        this.ref = new TaskRef(group.pid(), tid, name);
    }

    public int pid() {
        return group.pid();
    }

    public int tid() {
        return tid;
    }

    public String name() {
        return name;
    }

    public TaskRef ref() {
        return ref;
    }

    public X86_64Regs regs() {
        return regs;
    }

    public AddressSpace mm() {
        return group.mm();
    }

    public TaskState state() {
        return state;
    }

    public SigSet blocked() {
        return blocked;
    }

    /** {@return the thread's private pending signals} */
    public SigPending pending() {
        return pending;
    }

    public ThreadGroup group() {
        return group;
    }

    /** {@return how many signal frames are on the stack (handlers entered, not yet returned)} */
    public int handlerDepth() {
        return handlerDepth;
    }

    public RestartBlock restartBlock() {
        return restartBlock;
    }

    public Scheduler.Entity entity() {
        return entity;
    }

    /** {@return whether sp is on the alternate stack: include/linux/sched/signal.h on_sig_stack()} */
    boolean onSigStack(long sp) {
        if ((sasSsFlags & SsFlags.SS_AUTODISARM) != 0) {
            return false;
        }
        // __on_sig_stack(): sp > sas_ss_sp && sp - sas_ss_sp <= sas_ss_size
        return Long.compareUnsigned(sp, sasSsSp) > 0 && Long.compareUnsigned(sp - sasSsSp, sasSsSize) <= 0;
    }

    /** {@return include/linux/sched/signal.h sas_ss_flags()} */
    int sasSsFlags(long sp) {
        if (sasSsSize == 0) {
            return SsFlags.SS_DISABLE;
        }
        return onSigStack(sp) ? SsFlags.SS_ONSTACK : 0;
    }
}
