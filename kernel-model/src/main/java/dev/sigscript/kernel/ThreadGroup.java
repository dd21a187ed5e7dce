package dev.sigscript.kernel;

import dev.sigscript.kernel.sched.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A process: the kernel's signal_struct plus what the model keeps per process (threads, action
 * table, shared pending signals, exit state, output). The parent of every spawned process is
 * init (pid 1), which is not modelled as a task: it reaps its children at once.
 */
public final class ThreadGroup {
    private final int pid;
    private final int uid;
    private final String name;
    private final AddressSpace mm;
    final List<Task> threads = new ArrayList<>();
    final SigHand sighand = new SigHand();
    final SigPending sharedPending = new SigPending();
    final StringBuilder stdout = new StringBuilder();
    final int[] handled = new int[65];
    /** SIGNAL_GROUP_EXIT and group_exit_code. */
    boolean groupExit;
    int groupExitCode;
    /** SIGNAL_STOP_STOPPED: the group is stopped. */
    boolean stopStopped;
    /** ITIMER_REAL (alarm). */
    Timer realTimer;
    ExitStatus exitStatus;

    ThreadGroup(int pid, int uid, String name, AddressSpace mm) {
        this.pid = pid;
        this.uid = uid;
        this.name = name;
        this.mm = mm;
    }

    /** {@return the thread group id} */
    public int pid() {
        return pid;
    }

    public int uid() {
        return uid;
    }

    public String name() {
        return name;
    }

    /** {@return the parent's pid: always init (1) in the model} */
    public int ppid() {
        return 1;
    }

    public AddressSpace mm() {
        return mm;
    }

    public List<Task> threads() {
        return List.copyOf(threads);
    }

    public Task leader() {
        return threads.get(0);
    }

    public SigHand sighand() {
        return sighand;
    }

    public SigPending sharedPending() {
        return sharedPending;
    }

    /** {@return how the process ended, once it has} */
    public Optional<ExitStatus> exitStatus() {
        return Optional.ofNullable(exitStatus);
    }

    /** {@return everything the process wrote to fd 1 and 2} */
    public String stdout() {
        return stdout.toString();
    }

    /** {@return how many times a handler for signo was entered (frames built)} */
    public int handledCount(int signo) {
        return signo >= 1 && signo <= 64 ? handled[signo] : 0;
    }

    public boolean isGroupExiting() {
        return groupExit;
    }
}
