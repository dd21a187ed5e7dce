package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.trace.TraceArg;
import dev.sigscript.kernel.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** read, write, exit, exit_group. */
final class SysProcess {
    /** strace's default string length (-s 32). */
    private static final int STRACE_STRLEN = 32;

    private final Kernel k;
    private final Syscalls syscalls;

    SysProcess(Kernel k, Syscalls syscalls) {
        this.k = k;
        this.syscalls = syscalls;
    }

    /**
     * read(2). fd 0 is a terminal with no input: the read sleeps until a signal comes and
     * then returns -ERESTARTSYS, like drivers/tty/n_tty.c:n_tty_read() (so SA_RESTART decides
     * between EINTR and a restart). Other fds: EBADF (the model has no files yet).
     */
    Syscalls.Result read(Task t, int fd, long buf, long count) {
        List<TraceArg> args = List.of(new TraceArg.Num(fd), new TraceArg.Hex(buf), new TraceArg.Num(count));
        if (fd != 0) {
            return new Syscalls.Result(Errno.EBADF.neg(), args, TraceEvent.RetFormat.DEC);
        }
        syscalls.waitInterruptible(t, args, () -> false);
        return new Syscalls.Result(Errno.ERESTARTSYS.neg(), args, TraceEvent.RetFormat.DEC);
    }

    /** write(2) to fd 1 or 2 appends to the process's output. Errors: EBADF, EFAULT. */
    Syscalls.Result write(Task t, int fd, long buf, long count) {
        if (fd != 1 && fd != 2) {
            return Syscalls.Result.of(Errno.EBADF.neg(), new TraceArg.Num(fd), new TraceArg.Hex(buf),
                    new TraceArg.Num(count));
        }
        Memory m = t.mm().memory();
        int n = (int) Math.min(count, 1 << 20);
        String text = new String(m.read(buf, n), StandardCharsets.ISO_8859_1);
        t.group().stdout.append(new String(m.read(buf, n), StandardCharsets.UTF_8));
        String shown = text.length() > STRACE_STRLEN ? text.substring(0, STRACE_STRLEN) : text;
        return Syscalls.Result.of(n, new TraceArg.Num(fd), new TraceArg.Str(shown), new TraceArg.Num(count));
    }

    /** Mirrors kernel/exit.c:SYSCALL_DEFINE1(exit): do_exit((error_code&0xff)<<8) for this thread only. */
    Syscalls.Result exit(Task t, int code) {
        syscalls.emit(t, new Syscalls.Result(0, List.of(new TraceArg.Num(code)), TraceEvent.RetFormat.NONE), k.now());
        k.exits.doExit(t, (code & 0xff) << 8);
        throw new IllegalStateException("unreachable");
    }

    /** Mirrors kernel/exit.c:SYSCALL_DEFINE1(exit_group): do_group_exit((error_code & 0xff) << 8). */
    Syscalls.Result exitGroup(Task t, int code) {
        syscalls.emit(t, new Syscalls.Result(0, List.of(new TraceArg.Num(code)), TraceEvent.RetFormat.NONE), k.now());
        k.exits.doGroupExit(t, (code & 0xff) << 8);
        throw new IllegalStateException("unreachable");
    }
}
