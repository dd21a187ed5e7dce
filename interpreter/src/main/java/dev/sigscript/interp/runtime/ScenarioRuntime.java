package dev.sigscript.interp.runtime;

import dev.sigscript.cpu.Cpu;
import dev.sigscript.kernel.Kernel;
import dev.sigscript.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of one scenario shares: the kernel, the CPU that executes guest bytes,
 * the code map, the processes by name, and the results of in-process expectations.
 */
public final class ScenarioRuntime {
    private final Kernel kernel;
    private final Cpu cpu;
    private final CodeMap code;
    private final String fileName;
    private final TraceSink trace;
    private final Map<String, ProcessRuntime> processes = new LinkedHashMap<>();
    private final List<ExpectResult> expectResults = new ArrayList<>();

    public ScenarioRuntime(Kernel kernel, Cpu cpu, CodeMap code, String fileName, TraceSink trace) {
        this.trace = trace;
        this.kernel = kernel;
        this.cpu = cpu;
        this.code = code;
        this.fileName = fileName;
    }

    public Kernel kernel() {
        return kernel;
    }

    public Cpu cpu() {
        return cpu;
    }

    public CodeMap code() {
        return code;
    }

    public TraceSink trace() {
        return trace;
    }

    public String fileName() {
        return fileName;
    }

    public Map<String, ProcessRuntime> processes() {
        return processes;
    }

    public List<ExpectResult> expectResults() {
        return expectResults;
    }

    /** The outcome of one executed {@code expect} (inside a process) or scenario-level expectation. */
    public record ExpectResult(long time, String task, int line, int column, String text, boolean passed, String detail) {}
}
