package dev.sigscript.kernel.sched;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * One simulated task's flow of control, suspended and resumed on the caller's thread.
 *
 * <p>Why the JDK's internal {@code Continuation} and not threads: exactly one task may run at a
 * time, every switch must be a deterministic decision of the {@link Scheduler}, and a switch
 * happens on every blocking syscall (a signal ping-pong switches once per delivery). A
 * continuation switch costs about 100 ns on this machine and needs no locks or carrier
 * threads; a handoff between threads costs several microseconds and makes the thread
 * scheduler part of the story. The price is {@code --add-exports
 * java.base/jdk.internal.vm=ALL-UNNAMED} at compile and run time (the build and {@code ./sig}
 * pass it). See docs/DESIGN.md.
 */
public final class Coroutine {
    private static final ContinuationScope SCOPE = new ContinuationScope("sig-task");

    private final Continuation continuation;

    public Coroutine(Runnable body) {
        this.continuation = new Continuation(SCOPE, body);
    }

    /** Runs the coroutine until it yields or finishes. Exceptions from the body propagate. */
    public void resume() {
        continuation.run();
    }

    public boolean isDone() {
        return continuation.isDone();
    }

    /** Called from inside a coroutine: suspends it and returns control to {@link #resume()}'s caller. */
    public static void yieldNow() {
        if (!Continuation.yield(SCOPE)) {
            throw new IllegalStateException("a simulated task could not be suspended (pinned)");
        }
    }

    /** {@return whether the calling code runs inside some coroutine} */
    public static boolean inside() {
        return Continuation.getCurrentContinuation(SCOPE) != null;
    }
}
