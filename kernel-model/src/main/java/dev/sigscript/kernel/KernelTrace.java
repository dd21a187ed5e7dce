package dev.sigscript.kernel;

import dev.sigscript.kernel.sched.Scheduler;
import dev.sigscript.kernel.trace.TaskRef;
import dev.sigscript.kernel.trace.TraceEvent;
import dev.sigscript.kernel.trace.TraceSink;
import java.util.function.Supplier;

/** Emits trace events stamped with the virtual time; Kernel steps only when the sink wants them. */
final class KernelTrace {
    private final TraceSink sink;
    private final Scheduler scheduler;

    KernelTrace(TraceSink sink, Scheduler scheduler) {
        this.sink = sink;
        this.scheduler = scheduler;
    }

    long now() {
        return scheduler.clock().now();
    }

    void emit(TraceEvent e) {
        sink.emit(e);
    }

    /** One step of the kernel, e.g. {@code legacy_queue: SIGUSR1 already pending, dropped}. */
    void step(Task t, String function, Supplier<String> message) {
        step(t == null ? TaskRef.SHELL : t.ref(), function, message);
    }

    void step(TaskRef ref, String function, Supplier<String> message) {
        if (sink.wantsKernelSteps()) {
            sink.emit(new TraceEvent.Kernel(now(), ref, function, message.get()));
        }
    }
}
