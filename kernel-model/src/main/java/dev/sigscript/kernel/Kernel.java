package dev.sigscript.kernel;

import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.MemoryFault;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.arch.SignalFrames;
import dev.sigscript.kernel.sched.ChoiceSource;
import dev.sigscript.kernel.sched.RunEnd;
import dev.sigscript.kernel.sched.Scheduler;
import dev.sigscript.kernel.sched.VirtualClock;
import dev.sigscript.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kernel model: processes and threads, the Linux 6.x signal subsystem, and the system calls
 * that drive it, on a deterministic scheduler with a virtual clock. It never prints: everything
 * it does is reported as {@link dev.sigscript.kernel.trace.TraceEvent}s.
 *
 * <p>Each task runs as a coroutine. Code inside a task's coroutine enters the kernel with
 * {@link #syscallEntry(Task)} (registers set like a {@code syscall} instruction) or
 * {@link #userFault(Task, StepResult)}; both return to "user mode" after delivering pending
 * signals, or never return when the task exits. The scenario itself sends signals from
 * scheduler context with {@link #shellKill(int, int)} and {@link #shellSigqueue(int, int, long)}.
 *
 * <p>Main types: {@link Task} (task_struct), {@link ThreadGroup} (signal_struct),
 * {@link SigPending}, {@link SigHand}/{@link KSigaction}, and one class per part of
 * kernel/signal.c: {@link SendSignal}, {@link Dequeue}, {@link GetSignal},
 * {@link SignalDelivery}, {@link ForceSignal}, {@link GroupExit}, {@link DoSigaction},
 * {@link KillSomething}; the syscalls are in {@link Syscalls} and the Sys* classes.
 */
public final class Kernel {
    /** Pid of init, the implicit parent of every process (not a task in the model). */
    public static final int INIT_PID = 1;

    final KernelConfig config;
    final SignalFrames frames;
    final KernelTrace trace;
    final Scheduler scheduler;
    final UserCounts ucounts = new UserCounts();
    final SendSignal send = new SendSignal(this);
    final Dequeue dequeue = new Dequeue(this);
    final GetSignal getSignal = new GetSignal(this);
    final SignalDelivery delivery = new SignalDelivery(this);
    final ForceSignal force = new ForceSignal(this);
    final GroupExit exits = new GroupExit(this);
    final KillSomething kill = new KillSomething(this);
    private final Syscalls syscalls = new Syscalls(this);
    private final List<Task> tasks = new ArrayList<>();
    private int nextPid = 2;

    public Kernel(KernelConfig config, SignalFrames frames, TraceSink trace, ChoiceSource choices) {
        this.config = config;
        this.frames = frames;
        this.scheduler = new Scheduler(new VirtualClock(), choices, config.budget());
        this.trace = new KernelTrace(trace, scheduler);
    }

    /**
     * Creates a process (a new thread group whose parent is init) with a fresh
     * {@link ProcessImage}; its main thread is runnable at once and runs {@code body}. Pids
     * are allocated from 2 in spawn order; the main thread's tid is the pid.
     */
    public Task spawnProcess(String name, int uid, Runnable body) {
        int pid = nextPid++;
        ThreadGroup g = new ThreadGroup(pid, uid, name, ProcessImage.build());
        Task t = new Task(pid, g, name);
        ProcessImage.initRegs(t.regs());
        g.threads.add(t);
        tasks.add(t);
        t.entity = scheduler.add(t, body);
        return t;
    }

    /**
     * The {@code syscall} instruction: must be called from inside t's coroutine with rax and
     * the argument registers set. Mirrors entry_SYSCALL_64 → do_syscall_64 →
     * syscall_exit_to_user_mode: the result goes to rax, then pending signals are delivered
     * (frames built, restarts decided). Does not return when the task exits or is killed.
     */
    public void syscallEntry(Task t) {
        syscalls.entry(t);
        delivery.exitToUserModeLoop(t);
    }

    /**
     * The CPU faulted while running t's user code: force the signal the kernel's trap handler
     * would (SIGSEGV SEGV_MAPERR/SEGV_ACCERR with si_addr; SIGILL ILL_ILLOPN; SIGTRAP
     * SI_KERNEL for int3) and deliver. Must be called from inside t's coroutine.
     */
    public void userFault(Task t, StepResult result) {
        switch (result) {
            case StepResult.Fault f -> {
                MemoryFault m = f.fault();
                // arch/x86/mm/fault.c:bad_area*(): SEGV_ACCERR when a mapping exists.
                force.forceSigFault(t, Signals.SIGSEGV, m.mapped() ? SiCodes.SEGV_ACCERR : SiCodes.SEGV_MAPERR,
                        m.address());
            }
            // arch/x86/kernel/traps.c:handle_invalid_op(): SIGILL ILL_ILLOPN at the ip.
            case StepResult.IllegalInstruction i -> force.forceSigFault(t, Signals.SIGILL, SiCodes.ILL_ILLOPN,
                    i.address());
            // arch/x86/kernel/traps.c:do_int3_user() -> do_trap() -> force_sig(SIGTRAP).
            case StepResult.Breakpoint b -> force.forceSig(t, Signals.SIGTRAP);
            // arch/x86/kernel/traps.c:exc_general_protection() -> gp_user_force_sig_segv() -> force_sig(SIGSEGV).
            case StepResult.GeneralProtection gp -> force.forceSig(t, Signals.SIGSEGV);
            case StepResult.Continue c -> throw new IllegalArgumentException("not a fault: " + c);
            case StepResult.Syscall s -> throw new IllegalArgumentException("a syscall is not a fault: " + s);
        }
        // Exceptions enter with orig_ax = -1: no syscall restart applies.
        t.regs().origSyscallNr(-1);
        delivery.exitToUserModeLoop(t);
    }

    /**
     * Delivers pending signals as on any return to user mode (after an interrupt or a
     * preemption point); the interpreter may call it between guest steps. Inside t's coroutine.
     */
    public void exitToUserMode(Task t) {
        delivery.exitToUserModeLoop(t);
    }

    /**
     * kill(pid, sig) from the scenario ("the shell", root): SI_USER with si_pid 0, si_uid 0.
     * Runs in scheduler context. {@return 0 or -errno: ESRCH, EINVAL}
     */
    public long shellKill(int pid, int sig) {
        return kill.killSomethingInfo(null, sig, SigInfo.user(sig, SiCodes.SI_USER, 0, 0), pid);
    }

    /** sigqueue(pid, sig, value) from the shell: SI_QUEUE, si_pid 0. {@return 0 or -errno: ESRCH, EINVAL, EAGAIN} */
    public long shellSigqueue(int pid, int sig, long value) {
        if (pid <= 0) {
            return dev.sigscript.kernel.abi.Errno.ESRCH.neg();
        }
        return kill.killProcInfo(null, sig, SigInfo.queued(sig, SiCodes.SI_QUEUE, 0, 0, value), pid);
    }

    public RunEnd run() {
        return scheduler.run();
    }

    /** {@return every task ever created, in creation order} */
    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** {@return the live-or-dead task with this tid} */
    public Optional<Task> taskByPid(int pid) {
        return tasks.stream().filter(t -> t.tid() == pid).findFirst();
    }

    /** {@return the thread group (process) with this pid, if it has not been reaped} */
    Optional<ThreadGroup> liveGroup(int pid) {
        return tasks.stream().filter(t -> t.pid() == pid && t.group().exitStatus == null).map(Task::group)
                .findFirst();
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public long now() {
        return scheduler.clock().now();
    }

    public SignalFrames frames() {
        return frames;
    }

    public KernelConfig config() {
        return config;
    }

    /** {@return the queued-signal counts per user (RLIMIT_SIGPENDING)} */
    public UserCounts ucounts() {
        return ucounts;
    }

    /**
     * {@return TIF_SIGPENDING as recalc_sigpending() computes it: a pending signal, private or
     * shared, that is not blocked, or a group exit in progress}
     */
    public boolean signalPending(Task t) {
        if (t.group().groupExit && !t.exiting) {
            return true;
        }
        return !t.pending.signal().union(t.group().sharedPending.signal()).minus(t.blocked).isEmpty();
    }

    /** wake_up_process(): a sleeping task becomes runnable. */
    void wakeUp(Task t) {
        if (t.state != TaskState.ZOMBIE && t.state != TaskState.DEAD) {
            t.state = TaskState.RUNNING;
            scheduler.wake(t.entity);
        }
    }
}
