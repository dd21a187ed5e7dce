package dev.sigscript.interp.render;

import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import dev.sigscript.kernel.trace.TraceSink;
import java.io.PrintStream;
import java.util.StringJoiner;

/** {@code --format json}: one JSON object per event per line, for tools. Arguments keep their structure. */
public final class JsonRenderer implements TraceSink {
    private final PrintStream out;
    private final TraceLevel level;

    public JsonRenderer(PrintStream out, TraceLevel level) {
        this.out = out;
        this.level = level;
    }

    @Override
    public boolean wantsKernelSteps() {
        return level == TraceLevel.KERNEL;
    }

    @Override
    public void emit(TraceEvent e) {
        if (level == TraceLevel.NONE) {
            return;
        }
        boolean calls = level != TraceLevel.SIGNALS;
        String body = switch (e) {
            case TraceEvent.Syscall s -> calls ? "\"type\":\"syscall\",\"name\":" + str(s.name()) + ",\"args\":"
                    + array(s.args()) + ",\"ret\":" + s.ret() + ",\"text\":" + str(StraceFormat.ret(s.ret(), s.retFormat()))
                    + ",\"start\":" + s.startTime() : null;
            case TraceEvent.SyscallBlocked b -> calls ? "\"type\":\"blocked\",\"name\":" + str(b.name()) + ",\"args\":"
                    + array(b.args()) : null;
            case TraceEvent.SignalDelivered d -> "\"type\":\"signal\",\"signo\":" + d.signo() + ",\"siginfo\":"
                    + arg(d.siginfo());
            case TraceEvent.HandlerEntered h -> "\"type\":\"handler\",\"signo\":" + h.signo() + ",\"handler\":"
                    + str(h.handler()) + ",\"frame\":" + h.frame() + ",\"depth\":" + h.depth();
            case TraceEvent.Exited x -> "\"type\":\"exited\",\"code\":" + x.code();
            case TraceEvent.Killed k -> "\"type\":\"killed\",\"signo\":" + k.signo() + ",\"core\":" + k.coreDumped();
            case TraceEvent.Stopped s -> "\"type\":\"stopped\",\"signo\":" + s.signo();
            case TraceEvent.Kernel k -> level == TraceLevel.KERNEL ? "\"type\":\"kernel\",\"function\":"
                    + str(k.function()) + ",\"message\":" + str(k.message()) : null;
            case TraceEvent.Note n -> "\"type\":\"note\",\"text\":" + str(n.text());
        };
        if (body != null) {
            out.println("{\"time\":" + e.time() + ",\"task\":" + str(e.task().name()) + ",\"pid\":" + e.task().pid()
                    + ",\"tid\":" + e.task().tid() + "," + body + "}");
        }
    }

    private static String array(java.util.List<TraceArg> args) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (TraceArg a : args) {
            j.add(arg(a));
        }
        return j.toString();
    }

    static String arg(TraceArg a) {
        return switch (a) {
            case TraceArg.Num n -> Long.toString(n.value());
            case TraceArg.Hex h -> str("0x" + Long.toHexString(h.value()));
            case TraceArg.Null n -> "null";
            case TraceArg.Struct s -> {
                StringJoiner j = new StringJoiner(",", "{", "}");
                for (TraceArg.Field f : s.fields()) {
                    j.add(str(f.name()) + ":" + arg(f.value()));
                }
                yield j.toString();
            }
            case TraceArg.Array arr -> array(arr.elements());
            default -> str(StraceFormat.format(a));
        };
    }

    public static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
