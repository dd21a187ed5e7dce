package dev.sigscript.interp.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.sigscript.interp.SigException;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.nodes.call.Syscalls;
import dev.sigscript.interp.runtime.DurationValue;
import dev.sigscript.interp.runtime.FunctionRef;
import dev.sigscript.interp.runtime.ProcessRef;
import dev.sigscript.interp.runtime.SigSetValue;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.kernel.abi.SigSet;

/**
 * Base of every builtin: evaluates the arguments (already put in parameter order by the
 * translator, missing optional ones as their defaults) and calls {@link #call}. A builtin that
 * makes system calls does so through {@link #syscall}, from its own site in the code map.
 */
public abstract class SigBuiltinNode extends SigExpressionNode {
    @Children private SigExpressionNode[] args;
    private long site;

    final SigBuiltinNode init(SigExpressionNode[] arguments, long siteAddress) {
        this.args = arguments;
        this.site = siteAddress;
        return this;
    }

    @Override
    @ExplodeLoop
    public final Object execute(VirtualFrame frame) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].execute(frame);
        }
        return call((TaskRuntime) frame.getArguments()[0], values);
    }

    protected abstract Object call(TaskRuntime t, Object[] args);

    /** {@return the raw kernel result of syscall nr (negative errno on failure)} */
    protected final long syscall(TaskRuntime t, int nr, long... a) {
        return Syscalls.invoke(t, site, nr, a);
    }

    /** A syscall with glibc's convention: -1 and errno on failure. */
    protected final long libcCall(TaskRuntime t, int nr, long... a) {
        return Syscalls.libc(t, syscall(t, nr, a));
    }

    // ---- argument conversions, with messages that name the builtin ----

    @TruffleBoundary
    protected final SigException badArg(String what, Object v) {
        return SigException.typeError(this, name() + ": " + what, v);
    }

    protected final String name() {
        com.oracle.truffle.api.nodes.NodeInfo info = getClass().getAnnotation(com.oracle.truffle.api.nodes.NodeInfo.class);
        return info == null ? getClass().getSimpleName() : info.shortName();
    }

    protected final long integer(Object v, String what) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw badArg(what, v);
    }

    protected final int signo(Object v) {
        if (v instanceof Long l) {
            return (int) (long) l;
        }
        throw badArg("signal", v);
    }

    protected final int pid(Object v) {
        if (v instanceof ProcessRef p) {
            return p.pid();
        }
        if (v instanceof Long l) {
            return (int) (long) l;
        }
        throw badArg("process or pid", v);
    }

    protected final SigSet sigset(Object v) {
        if (v instanceof SigSetValue s) {
            return s.set();
        }
        if (v instanceof Long l && l >= 1 && l <= 64) {
            return SigSet.of((int) (long) l);
        }
        throw badArg("signal set", v);
    }

    /** A handler argument: a handler value (its entry address), SIG_DFL (0) or SIG_IGN (1). */
    protected final long handlerAddress(Object v) {
        if (v instanceof FunctionRef f) {
            return f.address();
        }
        if (v instanceof Long l) {
            return l;
        }
        throw badArg("handler", v);
    }

    /** Writes a {@code struct timespec} (tv_sec, tv_nsec) for a duration in nanoseconds. */
    protected static void writeTimespec(dev.sigscript.cpu.memory.Memory m, long address, long ns) {
        m.write64(address, ns / 1_000_000_000L);
        m.write64(address + 8, ns % 1_000_000_000L);
    }

    /** A duration; a plain integer counts seconds, as C's sleep(unsigned) does. */
    protected final long nanos(Object v) {
        if (v instanceof DurationValue d) {
            return d.nanos();
        }
        if (v instanceof Long l) {
            return l * 1_000_000_000L;
        }
        throw badArg("duration", v);
    }
}
