package dev.sigscript.kernel;

import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.trace.TraceArg;
import java.util.ArrayList;
import java.util.List;

/** Decodes kernel values into {@link TraceArg}s the way strace prints them. */
final class TraceDecode {
    private TraceDecode() {}

    /**
     * {@return the siginfo as strace prints it: {si_signo=SIGUSR1, si_code=SI_USER, si_pid=3,
     * si_uid=0}; SI_QUEUE adds si_int and si_ptr; SI_KERNEL only signo and code; faults si_addr}
     */
    static TraceArg.Struct siginfo(SigInfo info) {
        List<TraceArg.Field> f = new ArrayList<>();
        f.add(new TraceArg.Field("si_signo", new TraceArg.Signal(info.signo())));
        f.add(new TraceArg.Field("si_code", new TraceArg.Sym(SiCodes.name(info.signo(), info.code()))));
        if (info.errno() != 0) {
            f.add(new TraceArg.Field("si_errno", new TraceArg.Num(info.errno())));
        }
        if (info.code() == SiCodes.SI_KERNEL) {
            return new TraceArg.Struct(f);
        }
        if (SigInfoCodec.isFault(info)) {
            f.add(new TraceArg.Field("si_addr", new TraceArg.Hex(info.addr())));
            return new TraceArg.Struct(f);
        }
        f.add(new TraceArg.Field("si_pid", new TraceArg.Num(info.pid())));
        f.add(new TraceArg.Field("si_uid", new TraceArg.Num(info.uid())));
        if (info.signo() == Signals.SIGCHLD && info.code() > 0) {
            f.add(new TraceArg.Field("si_status", info.code() == SiCodes.CLD_EXITED
                    ? new TraceArg.Num(info.status()) : new TraceArg.Signal(info.status())));
        } else if (info.code() == SiCodes.SI_QUEUE || info.code() == SiCodes.SI_TIMER
                || info.code() == SiCodes.SI_MESGQ) {
            f.add(new TraceArg.Field("si_int", new TraceArg.Num((int) info.value())));
            f.add(new TraceArg.Field("si_ptr", new TraceArg.Hex(info.value())));
        }
        return new TraceArg.Struct(f);
    }

    /** {@return SIG_DFL, SIG_IGN, the symbol at handler, or its address} */
    static TraceArg handler(long handler, SymbolTable symbols) {
        if (handler == Signals.SIG_DFL) {
            return new TraceArg.Sym("SIG_DFL");
        }
        if (handler == Signals.SIG_IGN) {
            return new TraceArg.Sym("SIG_IGN");
        }
        return symbols.nameOf(handler).<TraceArg>map(TraceArg.Sym::new).orElse(new TraceArg.Hex(handler));
    }

    /** {@return {sa_handler=sigcb, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x...}} */
    static TraceArg.Struct sigaction(KSigaction k, SymbolTable symbols) {
        List<TraceArg.Field> f = new ArrayList<>();
        f.add(new TraceArg.Field("sa_handler", handler(k.handler(), symbols)));
        f.add(new TraceArg.Field("sa_mask", new TraceArg.SigSet(k.mask().bits())));
        f.add(new TraceArg.Field("sa_flags", new TraceArg.Sym(SaFlags.format(k.flags()))));
        if (k.hasFlag(SaFlags.SA_RESTORER)) {
            f.add(new TraceArg.Field("sa_restorer", new TraceArg.Hex(k.restorer())));
        }
        return new TraceArg.Struct(f);
    }

    /** {@return {tv_sec=1, tv_nsec=500000000}} */
    static TraceArg.Struct timespec(long nanos) {
        return new TraceArg.Struct(List.of(new TraceArg.Field("tv_sec", new TraceArg.Num(nanos / 1_000_000_000L)),
                new TraceArg.Field("tv_nsec", new TraceArg.Num(nanos % 1_000_000_000L))));
    }

    static TraceArg ptr(long p) {
        return p == 0 ? TraceArg.NULL : new TraceArg.Hex(p);
    }
}
