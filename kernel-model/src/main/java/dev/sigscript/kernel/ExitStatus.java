package dev.sigscript.kernel;

/**
 * How a thread group ended, as wait(2) reports it.
 *
 * @param exited true for a normal exit (WIFEXITED), false when a signal killed it
 * @param code the exit code (WEXITSTATUS) when exited
 * @param signo the killing signal (WTERMSIG) when not exited
 * @param coreDumped WCOREDUMP
 */
public record ExitStatus(boolean exited, int code, int signo, boolean coreDumped) {

    /** {@return the status from a kernel exit code: (code &lt;&lt; 8) or signo | 0x80 for a core} */
    public static ExitStatus ofWaitStatus(int status) {
        if ((status & 0x7f) == 0) {
            return new ExitStatus(true, (status >> 8) & 0xff, 0, false);
        }
        return new ExitStatus(false, 0, status & 0x7f, (status & 0x80) != 0);
    }

    /** {@return the int wait(2) stores: exited → code &lt;&lt; 8, killed → signo | 0x80 if core} */
    public int waitStatus() {
        return exited ? (code & 0xff) << 8 : (signo & 0x7f) | (coreDumped ? 0x80 : 0);
    }
}
