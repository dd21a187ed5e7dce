package dev.sigscript.interp.render;

import dev.sigscript.kernel.sched.VirtualClock;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import dev.sigscript.kernel.trace.TraceSink;
import java.io.PrintStream;
import java.util.StringJoiner;

/**
 * The strace-like text trace: {@code TIME TASK event}, with strace's own notation for calls,
 * signals ({@code --- SIGINT {...} ---}) and endings ({@code +++ exited with 0 +++}). Kernel steps
 * (with {@code --trace kernel}) are indented lines naming the kernel function.
 */
public final class TextRenderer implements TraceSink {
    private final PrintStream out;
    private final TraceLevel level;

    public TextRenderer(PrintStream out, TraceLevel level) {
        this.out = out;
        this.level = level;
    }

    @Override
    public boolean wantsKernelSteps() {
        return level == TraceLevel.KERNEL;
    }

    @Override
    public void emit(TraceEvent e) {
        String line = render(e);
        if (line != null) {
            out.println(VirtualClock.format(e.time()) + " " + e.task().label() + " " + line);
        }
    }

    private String render(TraceEvent e) {
        if (level == TraceLevel.NONE) {
            return null;
        }
        boolean calls = level != TraceLevel.SIGNALS;
        return switch (e) {
            case TraceEvent.Syscall s -> !calls ? null : (s.startTime() < s.time()
                    ? "<... " + s.name() + " resumed>) = " : s.name() + "(" + args(s.args()) + ") = ")
                    + StraceFormat.ret(s.ret(), s.retFormat());
            case TraceEvent.SyscallBlocked b -> calls ? b.name() + "(" + args(b.args()) + " <unfinished ...>" : null;
            case TraceEvent.SignalDelivered d -> "--- " + StraceFormat.format(new TraceArg.Signal(d.signo())) + " "
                    + StraceFormat.format(d.siginfo()) + " ---";
            case TraceEvent.HandlerEntered h -> level == TraceLevel.KERNEL ? "  [kernel] handle_signal: run "
                    + h.handler() + " for " + StraceFormat.format(new TraceArg.Signal(h.signo())) + ", frame at 0x"
                    + Long.toHexString(h.frame()) + ", depth " + h.depth() : null;
            case TraceEvent.Exited x -> "+++ exited with " + x.code() + " +++";
            case TraceEvent.Killed k -> "+++ killed by " + StraceFormat.format(new TraceArg.Signal(k.signo()))
                    + (k.coreDumped() ? " (core dumped)" : "") + " +++";
            case TraceEvent.Stopped s -> "--- stopped by " + StraceFormat.format(new TraceArg.Signal(s.signo())) + " ---";
            case TraceEvent.Kernel k -> level == TraceLevel.KERNEL ? "  [kernel] " + k.function() + ": " + k.message()
                    : null;
            case TraceEvent.Note n -> "# " + n.text();
        };
    }

    private static String args(java.util.List<TraceArg> args) {
        StringJoiner j = new StringJoiner(", ");
        for (TraceArg a : args) {
            j.add(StraceFormat.format(a));
        }
        return j.toString();
    }
}
