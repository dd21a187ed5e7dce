package dev.sigscript.interp.runtime;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.kernel.Task;

/**
 * The interpreter's side of one simulated task: the kernel task, its process's script state,
 * C's {@code errno}, and the stack of return addresses that Java frames are waiting for (the
 * Java stack caches the emulated control stack; see {@link UserMode}). Passed as argument 0 to
 * every call target.
 */
public final class TaskRuntime {
    private final ScenarioRuntime scenario;
    private final Task task;
    private final ProcessRuntime process;
    private long[] awaitPc = new long[32];
    private long[] awaitSp = new long[32];
    private int depth;
    /** Frame addresses of the handlers now running, innermost last (for {@code dump frame}). */
    public final java.util.ArrayDeque<Long> handlerFrames = new java.util.ArrayDeque<>();
    /** C's errno: set by a failing call, read by the script as {@code errno}. */
    public long errno;
    /** The value a function reached by a rewritten PC returned, for the call site it unwinds to. */
    public Object unwindValue;

    public TaskRuntime(ScenarioRuntime scenario, Task task, ProcessRuntime process) {
        this.scenario = scenario;
        this.task = task;
        this.process = process;
    }

    public ScenarioRuntime scenario() {
        return scenario;
    }

    public Task task() {
        return task;
    }

    public ProcessRuntime process() {
        return process;
    }

    public X86_64Regs regs() {
        return task.regs();
    }

    public Memory memory() {
        return task.mm().memory();
    }

    public void pushAwait(long pc, long sp) {
        if (depth == awaitPc.length) {
            awaitPc = java.util.Arrays.copyOf(awaitPc, depth * 2);
            awaitSp = java.util.Arrays.copyOf(awaitSp, depth * 2);
        }
        awaitPc[depth] = pc;
        awaitSp[depth] = sp;
        depth++;
    }

    public void popAwait() {
        depth--;
    }

    /** {@return whether a frame below the innermost one waits for (pc, sp)} */
    public boolean isAwaitedByOuterFrame(long pc, long sp) {
        for (int i = depth - 2; i >= 0; i--) {
            if (awaitPc[i] == pc && awaitSp[i] == sp) {
                return true;
            }
        }
        return false;
    }
}
