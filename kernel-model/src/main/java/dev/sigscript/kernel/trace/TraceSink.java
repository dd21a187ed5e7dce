package dev.sigscript.kernel.trace;

/** Where trace events go. Implementations must not throw. */
@FunctionalInterface
public interface TraceSink {
    void emit(TraceEvent event);

    /** {@return whether Kernel events are wanted (so the model can skip formatting them)} */
    default boolean wantsKernelSteps() {
        return true;
    }
}
