package dev.sigscript.interp.runtime;

/**
 * The script state of one process: its process-level variables (shared by the main body, its
 * handlers and functions, like C globals) and its compiled code.
 */
public final class ProcessRuntime {
    private final ProcessCode code;
    private final Object[] globals;
    private final int pid;

    public ProcessRuntime(ProcessCode code, int pid) {
        this.code = code;
        this.pid = pid;
        this.globals = new Object[code.globalNames().size()];
    }

    public ProcessCode code() {
        return code;
    }

    public String name() {
        return code.name();
    }

    public int pid() {
        return pid;
    }

    public Object[] globals() {
        return globals;
    }

    /** {@return the final value of a process-level variable, or null if never set or unknown} */
    public Object global(String name) {
        int i = code.globalNames().indexOf(name);
        return i < 0 ? null : globals[i];
    }
}
