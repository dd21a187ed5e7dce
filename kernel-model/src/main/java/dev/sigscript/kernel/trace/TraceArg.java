package dev.sigscript.kernel.trace;

import java.util.List;

/**
 * One syscall argument (or struct field, or return detail) as the kernel decoded it from
 * registers and guest memory at the time of the call. Renderers format these: the strace-like
 * text renderer in strace's own notation, the JSON renderer structurally.
 */
public sealed interface TraceArg {

    /** A decimal integer. */
    record Num(long value) implements TraceArg {}

    /** An address or hex-printed value (0x7fff...). */
    record Hex(long value) implements TraceArg {}

    /** Already symbolic text: a constant (SIG_BLOCK), a flag union (SA_RESTORER|SA_RESTART), a symbol (sigcb). */
    record Sym(String text) implements TraceArg {}

    /** A string from guest memory, printed quoted and escaped. */
    record Str(String value) implements TraceArg {}

    /** A null pointer (strace prints NULL). */
    record Null() implements TraceArg {}

    /** A signal number (printed SIGUSR1, SIGRTMIN+2, or the number when out of range). */
    record Signal(int signo) implements TraceArg {}

    /** A signal set (printed [USR1 RTMIN], or ~[...] when most are set, like strace). */
    record SigSet(long bits) implements TraceArg {}

    /** A struct ({name=value, ...}). */
    record Struct(List<Field> fields) implements TraceArg {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** An array ([a, b]). */
    record Array(List<TraceArg> elements) implements TraceArg {
        public Array {
            elements = List.copyOf(elements);
        }
    }

    /** One named field of a {@link Struct}. */
    record Field(String name, TraceArg value) {}

    Null NULL = new Null();
}
