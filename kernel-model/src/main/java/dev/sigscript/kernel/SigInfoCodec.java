package dev.sigscript.kernel;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigInfo;
import dev.sigscript.kernel.abi.Signals;

/**
 * struct siginfo in guest memory (include/uapi/asm-generic/siginfo.h, 128 bytes on x86-64):
 * si_signo 0, si_errno 4, si_code 8, then the union at 16 whose member depends on the layout
 * (kernel/signal.c:siginfo_layout()): kill/rt {pid 16, uid 20, value 24}, fault {addr 16},
 * chld {pid 16, uid 20, status 24}.
 */
final class SigInfoCodec {
    static final int SIZE = 128;
    static final int SI_SIGNO = 0;
    static final int SI_ERRNO = 4;
    static final int SI_CODE = 8;
    static final int SI_PID = 16;
    static final int SI_UID = 20;
    static final int SI_VALUE = 24;
    static final int SI_STATUS = 24;
    static final int SI_ADDR = 16;

    private SigInfoCodec() {}

    /** {@return whether the info uses the fault layout (SIL_FAULT)} */
    static boolean isFault(SigInfo info) {
        int s = info.signo();
        return info.code() > 0 && info.code() != SiCodes.SI_KERNEL
                && (s == Signals.SIGSEGV || s == Signals.SIGBUS || s == Signals.SIGILL || s == Signals.SIGTRAP
                        || s == Signals.SIGFPE);
    }

    /** Mirrors kernel/signal.c:copy_siginfo_to_user(). */
    static void write(Memory m, long addr, SigInfo info) {
        m.fill(addr, SIZE, (byte) 0);
        m.write32(addr + SI_SIGNO, info.signo());
        m.write32(addr + SI_ERRNO, info.errno());
        m.write32(addr + SI_CODE, info.code());
        if (isFault(info)) {
            m.write64(addr + SI_ADDR, info.addr());
        } else if (info.signo() == Signals.SIGCHLD && info.code() > 0) {
            m.write32(addr + SI_PID, info.pid());
            m.write32(addr + SI_UID, info.uid());
            m.write32(addr + SI_STATUS, info.status());
        } else {
            m.write32(addr + SI_PID, info.pid());
            m.write32(addr + SI_UID, info.uid());
            m.write64(addr + SI_VALUE, info.value());
        }
    }

    /** Mirrors kernel/signal.c:copy_siginfo_from_user() for the kill/rt layout. */
    static SigInfo read(Memory m, long addr) {
        int signo = m.read32(addr + SI_SIGNO);
        int errno = m.read32(addr + SI_ERRNO);
        int code = m.read32(addr + SI_CODE);
        return new SigInfo(signo, errno, code, m.read32(addr + SI_PID), m.read32(addr + SI_UID),
                m.read64(addr + SI_VALUE), 0, 0, 0, 0);
    }
}
