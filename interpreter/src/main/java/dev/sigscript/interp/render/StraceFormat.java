package dev.sigscript.interp.render;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.StringJoiner;

/** strace's notation for arguments and return values (strace's src/signal.c, src/util.c printers). */
public final class StraceFormat {
    private StraceFormat() {}

    public static String format(TraceArg a) {
        return switch (a) {
            case TraceArg.Num n -> Long.toString(n.value());
            case TraceArg.Hex h -> "0x" + Long.toHexString(h.value());
            case TraceArg.Sym s -> s.text();
            case TraceArg.Str s -> quote(s.value());
            case TraceArg.Null n -> "NULL";
            case TraceArg.Signal s -> Signals.straceName(s.signo());
            case TraceArg.SigSet s -> sigset(s.bits());
            case TraceArg.Struct s -> {
                StringJoiner j = new StringJoiner(", ", "{", "}");
                for (TraceArg.Field f : s.fields()) {
                    j.add(f.name() + "=" + format(f.value()));
                }
                yield j.toString();
            }
            case TraceArg.Array arr -> {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                for (TraceArg e : arr.elements()) {
                    j.add(format(e));
                }
                yield j.toString();
            }
        };
    }

    /**
     * strace's sprintsigmask: members without the SIG prefix; when more than half of the 64
     * signals are set, the complement is printed with a leading ~ ({@code ~[KILL STOP]}).
     */
    public static String sigset(long bits) {
        boolean complement = Long.bitCount(bits) > 32;
        long shown = complement ? ~bits : bits;
        StringJoiner j = new StringJoiner(" ", complement ? "~[" : "[", "]");
        for (int sig = 1; sig <= 64; sig++) {
            if ((shown & (1L << (sig - 1))) != 0) {
                j.add(Signals.setElementName(sig));
            }
        }
        return j.toString();
    }

    /** A syscall return value as strace prints it after {@code = }. */
    public static String ret(long value, dev.sigscript.kernel.trace.TraceEvent.RetFormat format) {
        return switch (format) {
            case NONE -> "?";
            case HEX -> "0x" + Long.toHexString(value);
            case DEC -> {
                if (value < 0 && value >= -4095) {
                    Errno e = Errno.byNumber((int) -value).orElse(null);
                    if (e == null) {
                        yield "-1 E" + (-value);
                    }
                    if (e.number() >= 512) {
                        yield "? " + e.name() + " (" + e.text() + ")";
                    }
                    yield "-1 " + e.name() + " (" + e.text() + ")";
                }
                yield Long.toString(value);
            }
        };
    }

    /** A C string literal as strace prints it: escapes for quotes, backslash and control bytes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\%o", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
