package dev.sigscript.kernel.arch;

import static dev.sigscript.cpu.layout.X86_64Layouts.FP_XSTATE_MAGIC2_SIZE;
import static dev.sigscript.cpu.layout.X86_64Layouts.RT_SIGFRAME;
import static dev.sigscript.cpu.layout.X86_64Layouts.SIGINFO;
import static dev.sigscript.cpu.layout.X86_64Layouts.XSTATE_AVX;

import dev.sigscript.cpu.layout.Field;
import dev.sigscript.cpu.memory.Access;
import dev.sigscript.cpu.memory.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an x86-64 rt_sigframe back out of guest memory field by field, for {@code dump frame}
 * and the frame drawing: what is really there now, including a handler's edits.
 */
final class X86_64FrameDump {
    private X86_64FrameDump() {}

    /**
     * {@return every field of the rt_sigframe at {@code frame}, in address order of the struct:
     * pretcode, uc.* (uc_mcontext registers and all), then info.si_signo/si_errno/si_code and
     * the siginfo union member that si_signo/si_code select (named by accessor, e.g.
     * "info.si_pid"), then the fpstate area that uc_mcontext.fpstate points to, if it is
     * readable ("fpstate.sw_reserved.magic1", ..., "fpstate.magic2"); a field whose memory
     * cannot be read has empty bytes}
     */
    static List<FrameField> describeRtFrame(Memory m, long frame) {
        List<FrameField> out = new ArrayList<>();
        int info = RT_SIGFRAME.offsetOf("info");
        for (Field f : RT_SIGFRAME.leaves()) {
            if (!f.name().startsWith("info.")) {
                out.add(read(m, frame, f.name(), f.offset(), f.size()));
            }
        }
        FrameField signo = read(m, frame, "info.si_signo", info, 4);
        FrameField code = read(m, frame, "info.si_code", info + SIGINFO.offsetOf("si_code"), 4);
        X86_64Siginfo.Layout layout = X86_64Siginfo.siginfoLayout((int) signo.value(), (int) code.value());
        for (String name : X86_64Siginfo.memberNames(layout)) {
            Field f = X86_64Siginfo.field(name).orElseThrow();
            out.add(read(m, frame, "info." + name, info + f.offset(), f.size()));
        }
        FrameField fpPtr = read(m, frame, "", RT_SIGFRAME.offsetOf("uc.uc_mcontext.fpstate"), 8);
        long fp = fpPtr.value();
        if (fpPtr.isReadable() && fp != 0 && m.check(fp, XSTATE_AVX.size() + FP_XSTATE_MAGIC2_SIZE, Access.READ) == null) {
            for (Field f : XSTATE_AVX.leaves()) {
                String name = "fpstate." + f.name().replaceFirst("^fpstate\\.", "");
                out.add(read(m, frame, name, fp - frame + f.offset(), f.size()));
            }
            out.add(read(m, frame, "fpstate.magic2", fp - frame + XSTATE_AVX.size(), FP_XSTATE_MAGIC2_SIZE));
        }
        return out;
    }

    private static FrameField read(Memory m, long frame, String name, long offset, int size) {
        long address = frame + offset;
        byte[] bytes = m.check(address, size, Access.READ) == null ? m.read(address, size) : new byte[0];
        return new FrameField(name, address, (int) offset, size, bytes);
    }
}
