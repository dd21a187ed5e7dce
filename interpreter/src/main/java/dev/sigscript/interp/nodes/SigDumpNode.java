package dev.sigscript.interp.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.sigscript.cpu.x86.X86_64Reg;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.kernel.Task;
import dev.sigscript.kernel.arch.FrameField;
import dev.sigscript.kernel.arch.X86_64Frames;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code dump frame | regs | mask | pending}: prints the state into the trace. {@code frame}
 * (inside a handler) lists every field of the signal frame with offset, size, value and bytes,
 * read from guest memory now.
 */
public final class SigDumpNode extends SigStatementNode {
    public static final List<String> WHAT = List.of("frame", "regs", "mask", "pending");

    private final String what;

    public SigDumpNode(String what) {
        this.what = what;
    }

    @Override
    public void execute(VirtualFrame frame) {
        dump((TaskRuntime) frame.getArguments()[0]);
    }

    @TruffleBoundary
    private void dump(TaskRuntime t) {
        List<String> lines = switch (what) {
            case "frame" -> frameLines(t);
            case "regs" -> regLines(t.task());
            case "mask" -> List.of("blocked " + setText(t.task().blocked().bits()));
            case "pending" -> List.of("pending (thread) " + setText(t.task().pending().signal().bits()),
                    "pending (process) " + setText(t.task().group().sharedPending().signal().bits()));
            default -> throw SigException.error(this, "dump: unknown '" + what + "'");
        };
        long now = t.scenario().kernel().now();
        for (String line : lines) {
            t.scenario().trace().emit(new TraceEvent.Note(now, t.task().ref(), line));
        }
    }

    private List<String> frameLines(TaskRuntime t) {
        Long frame = t.handlerFrames.peekLast();
        if (frame == null) {
            throw SigException.error(this, "dump frame: no signal handler is running");
        }
        List<String> out = new ArrayList<>();
        out.add(String.format("rt_sigframe at 0x%x:", frame));
        out.add(String.format("  %-7s %-4s %-28s %-18s %s", "offset", "size", "field", "value", "bytes"));
        for (FrameField f : ((X86_64Frames) t.scenario().kernel().frames()).describeRtFrame(t.memory(), frame)) {
            String bytes = f.isReadable() ? HexFormat.ofDelimiter(" ").formatHex(f.bytes()) : "(unreadable)";
            if (f.size() > 16) {
                bytes = f.isReadable() ? HexFormat.ofDelimiter(" ").formatHex(f.bytes(), 0, 8) + " ..." : bytes;
            }
            String value = f.size() <= 8 && f.isReadable() ? "0x" + Long.toHexString(f.value()) : "";
            out.add(String.format("  +0x%03x  %-4d %-28s %-18s %s", f.offset(), f.size(), f.name(), value, bytes));
        }
        return out;
    }

    private static List<String> regLines(Task task) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (X86_64Reg r : X86_64Reg.values()) {
            sb.append(String.format("%-8s 0x%016x  ", r.lower(), task.regs().get(r)));
            if (++n % 3 == 0) {
                out.add(sb.toString().stripTrailing());
                sb.setLength(0);
            }
        }
        if (!sb.isEmpty()) {
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    private static String setText(long bits) {
        return dev.sigscript.interp.render.StraceFormat.format(new TraceArg.SigSet(bits));
    }
}
