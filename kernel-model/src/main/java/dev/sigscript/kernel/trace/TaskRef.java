package dev.sigscript.kernel.trace;

/** A task as the trace names it: thread-group id (pid), thread id, and the scenario's name for it. */
public record TaskRef(int pid, int tid, String name) {
    /** The scenario itself (timed events at scenario level), which is not a task. */
    public static final TaskRef SHELL = new TaskRef(0, 0, "shell");

    /** {@return "main[2]" for a process's main thread, "worker[2/3]" for another thread} */
    public String label() {
        return pid == tid ? name + "[" + pid + "]" : name + "[" + pid + "/" + tid + "]";
    }
}
