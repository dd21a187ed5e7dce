package dev.sigscript.cpu.layout;

import static dev.sigscript.cpu.layout.X86_64Layouts.RT_SIGFRAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs cpu/src/test/c/frame_probe.c and checks the real kernel's x86-64 rt frame
 * against the layouts. Numbers that depend on the CPU's XSAVE size are checked through the
 * get_sigframe() formula with the machine's own extended_size, not as constants. Recorded on
 * the development machine (Linux 6.18, XSAVE with AVX-512: xfeatures 0xe7, xstate_size 2432,
 * extended_size 2436): rsp_to_uc 3056 on the main stack; the modelled AVX CPU (836) gives less.
 * Skipped when gcc is missing or the machine is not x86-64 Linux.
 */
class FrameProbeTest {

    private static long get(Map<String, String> m, String key) {
        String v = m.get(key);
        assertEquals(true, v != null, "probe printed no " + key);
        return Long.parseLong(v);
    }

    /** compare arch/x86/kernel/signal.c:get_sigframe() with fpu__alloc_mathframe(). */
    static long expectedFrame(long sp, long xstateSigframeSize) {
        long fp = (sp - xstateSigframeSize) & ~63L;
        return ((fp - RT_SIGFRAME.size()) & ~15L) - 8;
    }

    @Test
    void realKernelFrame_matchesLayoutsAndGetSigframe(@TempDir Path dir) throws Exception {
        assumeTrue("amd64".equals(System.getProperty("os.arch")) && "Linux".equals(System.getProperty("os.name")));
        Path src = Path.of("src/test/c/frame_probe.c").toAbsolutePath();
        Process cc;
        try {
            cc = new ProcessBuilder("gcc", "-O0", "-o", dir.resolve("frame_probe").toString(), src.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "gcc not installed");
            return;
        }
        String ccOut = new String(cc.getInputStream().readAllBytes());
        assertEquals(true, cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0, ccOut);
        Process p = new ProcessBuilder(dir.resolve("frame_probe").toString()).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        Map<String, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        int ucToInfo = RT_SIGFRAME.offsetOf("info") - RT_SIGFRAME.offsetOf("uc");
        for (String tag : new String[] {"main", "alt"}) {
            assertEquals(ucToInfo, get(m, tag + ".uc_to_info"), tag);
            assertEquals(8, get(m, tag + ".entry_rsp_mod16"), tag + ": the handler starts as if called");
            assertEquals(7, get(m, tag + ".uc_flags"), tag + ": UC_FP_XSTATE|UC_SIGCONTEXT_SS|UC_STRICT_RESTORE_SS");
            assertEquals(0, get(m, tag + ".fpstate_mod64"), tag);
            assertEquals(X86_64Layouts.FP_XSTATE_MAGIC1, (int) get(m, tag + ".magic1"), tag);
            assertEquals(X86_64Layouts.FP_XSTATE_MAGIC2, (int) get(m, tag + ".magic2"), tag);
            long ext = get(m, tag + ".extended_size");
            assertEquals(get(m, tag + ".xstate_size") + X86_64Layouts.FP_XSTATE_MAGIC2_SIZE, ext, tag);
            // glibc's __restore_rt: mov $15,%rax; syscall
            assertEquals("48c7c00f0000000f05", m.get(tag + ".restorer_hex"), tag);
        }
        long ext = get(m, "main.extended_size");
        assertEquals(expectedFrame(get(m, "main.interrupted_rsp") - 128, ext), get(m, "main.frame"));
        long altTop = get(m, "alt.base") + 65536;
        assertEquals(expectedFrame(altTop, ext), get(m, "alt.frame"), "SA_ONSTACK starts at ss_sp + ss_size");
        // Linux 6.x writes the stored sas_ss_flags into uc_stack, not a computed SS_ONSTACK.
        assertEquals(0, get(m, "alt.ss_flags"));
        assertEquals(get(m, "alt.base"), get(m, "alt.ss_sp"));
        assertEquals(65536, get(m, "alt.ss_size"));
        // sigqueue(SIGUSR1, 42): SI_QUEUE with si_value at 24
        assertEquals(10, get(m, "main.si_signo"));
        assertEquals(-1, get(m, "main.si_code"));
        assertEquals(42, get(m, "main.si_value"));
        // rt_sigaction with KERNEL_SIGACTION's layout and our restorer bytes works on the real kernel
        assertEquals(0, get(m, "raw.rt_sigaction"));
        assertEquals(1, get(m, "raw.handler_ran"));
        assertEquals(X86_64Layouts.KERNEL_SIGACTION.size(), get(m, "raw.sizeof_kernel_sigaction"));
    }
}
