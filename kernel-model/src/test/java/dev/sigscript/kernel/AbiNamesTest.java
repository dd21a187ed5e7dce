package dev.sigscript.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.Signals;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Names as strace and glibc spell them. */
class AbiNamesTest {

    @Test
    void straceName_realtime_usesKernelBaseLikeStrace() {
        assertEquals("SIGUSR1", Signals.straceName(10));
        assertEquals("SIGRTMIN", Signals.straceName(32));
        assertEquals("SIGRT_2", Signals.straceName(34));
        assertEquals("SIGRT_32", Signals.straceName(64));
        assertEquals("RT_2", Signals.setElementName(34));
        assertEquals("USR1", Signals.setElementName(10));
    }

    @Test
    void byScriptName_sigrtmin_isGlibcs34() {
        assertEquals(OptionalInt.of(34), Signals.byScriptName("SIGRTMIN", 0));
        assertEquals(OptionalInt.of(36), Signals.byScriptName("SIGRTMIN", 2));
        assertEquals(OptionalInt.of(63), Signals.byScriptName("SIGRTMAX", -1));
        assertEquals(OptionalInt.of(10), Signals.byScriptName("USR1", 0));
        assertEquals(OptionalInt.empty(), Signals.byScriptName("SIGRTMAX", 1));
        assertEquals(OptionalInt.empty(), Signals.byScriptName("SIGUSR3", 0));
    }

    @Test
    void saFlags_format_straceOrder() {
        assertEquals("SA_RESTORER|SA_RESTART", SaFlags.format(SaFlags.SA_RESTART | SaFlags.SA_RESTORER));
        assertEquals("SA_RESTORER|SA_NODEFER|SA_RESETHAND|SA_SIGINFO",
                SaFlags.format(SaFlags.SA_SIGINFO | SaFlags.SA_RESETHAND | SaFlags.SA_NODEFER | SaFlags.SA_RESTORER));
        assertEquals("0", SaFlags.format(0));
    }

    @Test
    void errno_restartCodes_haveStraceTexts() {
        assertEquals("To be restarted if SA_RESTART is set", Errno.ERESTARTSYS.text());
        assertEquals(514, Errno.ERESTARTNOHAND.number());
        assertEquals(Errno.ERESTART_RESTARTBLOCK, Errno.ofReturn(-516).orElseThrow());
    }
}
