package dev.sigscript.cpu.layout;

/**
 * The x86-64 Linux user ABI structs that signal delivery reads and writes, as offset tables.
 * Each table names the header it comes from; {@code X86_64LayoutsTest} asserts every
 * {@code sizeof}/{@code offsetof} against the numbers the kernel headers give (QEMU's
 * linux-user keeps the same structs as target_* types in linux-user/x86_64/).
 */
public final class X86_64Layouts {
    private X86_64Layouts() {}

    // FPU signal frame magic words, from arch/x86/include/uapi/asm/sigcontext.h.
    public static final int FP_XSTATE_MAGIC1 = 0x46505853;
    public static final int FP_XSTATE_MAGIC2 = 0x46505845;
    public static final int FP_XSTATE_MAGIC2_SIZE = 4;

    /** The members of siginfo's _sifields union: include/uapi/asm-generic/siginfo.h. */
    private static final StructLayout SI_KILL = StructLayout.of("_kill", 8,
            Field.of("_pid", 0, 4), Field.of("_uid", 4, 4));
    private static final StructLayout SI_TIMER = StructLayout.of("_timer", 24,
            Field.of("_tid", 0, 4), Field.of("_overrun", 4, 4), Field.of("_sigval", 8, 8),
            Field.of("_sys_private", 16, 4));
    private static final StructLayout SI_RT = StructLayout.of("_rt", 16,
            Field.of("_pid", 0, 4), Field.of("_uid", 4, 4), Field.of("_sigval", 8, 8));
    private static final StructLayout SI_SIGCHLD = StructLayout.of("_sigchld", 32,
            Field.of("_pid", 0, 4), Field.of("_uid", 4, 4), Field.of("_status", 8, 4),
            Field.of("_utime", 16, 8), Field.of("_stime", 24, 8));
    private static final StructLayout SI_SIGFAULT = StructLayout.of("_sigfault", 32,
            Field.of("_addr", 0, 8), Field.of("_addr_lsb", 8, 2));
    private static final StructLayout SI_SIGPOLL = StructLayout.of("_sigpoll", 16,
            Field.of("_band", 0, 8), Field.of("_fd", 8, 4));
    private static final StructLayout SI_SIGSYS = StructLayout.of("_sigsys", 16,
            Field.of("_call_addr", 0, 8), Field.of("_syscall", 8, 4), Field.of("_arch", 12, 4));

    /** The union at offset 16: SI_MAX_SIZE (128) - __ARCH_SI_PREAMBLE_SIZE (4 * sizeof(int)). */
    public static final StructLayout SIFIELDS = StructLayout.of("_sifields", 112,
            Field.of("_kill", 0, SI_KILL), Field.of("_timer", 0, SI_TIMER), Field.of("_rt", 0, SI_RT),
            Field.of("_sigchld", 0, SI_SIGCHLD), Field.of("_sigfault", 0, SI_SIGFAULT),
            Field.of("_sigpoll", 0, SI_SIGPOLL), Field.of("_sigsys", 0, SI_SIGSYS));

    /** {@code struct siginfo}, include/uapi/asm-generic/siginfo.h (SI_MAX_SIZE 128). */
    public static final StructLayout SIGINFO = StructLayout.of("struct siginfo", 128,
            Field.of("si_signo", 0, 4), Field.of("si_errno", 4, 4), Field.of("si_code", 8, 4),
            Field.of("_sifields", 16, SIFIELDS));

    /** {@code stack_t}, include/uapi/asm-generic/signal.h ({@code struct sigaltstack}). */
    public static final StructLayout STACK_T = StructLayout.of("stack_t", 24,
            Field.of("ss_sp", 0, 8), Field.of("ss_flags", 8, 4), Field.of("ss_size", 16, 8));

    /** {@code struct sigcontext} (64-bit), arch/x86/include/uapi/asm/sigcontext.h. */
    public static final StructLayout SIGCONTEXT = StructLayout.of("struct sigcontext", 256,
            Field.of("r8", 0, 8), Field.of("r9", 8, 8), Field.of("r10", 16, 8), Field.of("r11", 24, 8),
            Field.of("r12", 32, 8), Field.of("r13", 40, 8), Field.of("r14", 48, 8), Field.of("r15", 56, 8),
            Field.of("rdi", 64, 8), Field.of("rsi", 72, 8), Field.of("rbp", 80, 8), Field.of("rbx", 88, 8),
            Field.of("rdx", 96, 8), Field.of("rax", 104, 8), Field.of("rcx", 112, 8), Field.of("rsp", 120, 8),
            Field.of("rip", 128, 8), Field.of("eflags", 136, 8),
            Field.of("cs", 144, 2), Field.of("gs", 146, 2), Field.of("fs", 148, 2), Field.of("ss", 150, 2),
            Field.of("err", 152, 8), Field.of("trapno", 160, 8), Field.of("oldmask", 168, 8),
            Field.of("cr2", 176, 8), Field.of("fpstate", 184, 8), Field.of("reserved1", 192, 64));

    /**
     * The kernel's {@code struct ucontext}: arch/x86/include/asm/ucontext.h uses
     * include/uapi/asm-generic/ucontext.h (uc_sigmask is the kernel's 8-byte sigset_t; glibc's
     * ucontext_t is larger and laid out differently).
     */
    public static final StructLayout UCONTEXT = StructLayout.of("struct ucontext", 304,
            Field.of("uc_flags", 0, 8), Field.of("uc_link", 8, 8), Field.of("uc_stack", 16, STACK_T),
            Field.of("uc_mcontext", 40, SIGCONTEXT), Field.of("uc_sigmask", 296, 8));

    /** {@code struct rt_sigframe} (64-bit), arch/x86/include/asm/sigframe.h. */
    public static final StructLayout RT_SIGFRAME = StructLayout.of("struct rt_sigframe", 440,
            Field.of("pretcode", 0, 8), Field.of("uc", 8, UCONTEXT), Field.of("info", 312, SIGINFO));

    /** {@code struct _fpx_sw_bytes}, arch/x86/include/uapi/asm/sigcontext.h. */
    public static final StructLayout FPX_SW_BYTES = StructLayout.of("struct _fpx_sw_bytes", 48,
            Field.of("magic1", 0, 4), Field.of("extended_size", 4, 4), Field.of("xfeatures", 8, 8),
            Field.of("xstate_size", 16, 4), Field.of("padding", 20, 28));

    /** The fxsave legacy area, {@code struct _fpstate_64}, arch/x86/include/uapi/asm/sigcontext.h. */
    public static final StructLayout FPSTATE_64 = StructLayout.of("struct _fpstate_64", 512,
            Field.of("cwd", 0, 2), Field.of("swd", 2, 2), Field.of("twd", 4, 2), Field.of("fop", 6, 2),
            Field.of("rip", 8, 8), Field.of("rdp", 16, 8), Field.of("mxcsr", 24, 4), Field.of("mxcsr_mask", 28, 4),
            Field.of("st_space", 32, 128), Field.of("xmm_space", 160, 256), Field.of("reserved2", 416, 48),
            Field.of("sw_reserved", 464, FPX_SW_BYTES));

    /** {@code struct _header} (the xsave header), arch/x86/include/uapi/asm/sigcontext.h. */
    public static final StructLayout XSTATE_HEADER = StructLayout.of("struct _header", 64,
            Field.of("xfeatures", 0, 8), Field.of("reserved1", 8, 16), Field.of("reserved2", 24, 40));

    /**
     * {@code struct _xstate} for an AVX CPU (x87, SSE, YMM: 512 + 64 + 256 = 832 bytes),
     * arch/x86/include/uapi/asm/sigcontext.h. The 4-byte FP_XSTATE_MAGIC2 follows it.
     */
    public static final StructLayout XSTATE_AVX = StructLayout.of("struct _xstate", 832,
            Field.of("fpstate", 0, FPSTATE_64), Field.of("xstate_hdr", 512, XSTATE_HEADER),
            Field.of("ymmh", 576, 256));

    /**
     * The kernel's {@code struct sigaction} as rt_sigaction(2) copies it on x86-64
     * (include/linux/signal_types.h with __ARCH_HAS_SA_RESTORER).
     */
    public static final StructLayout KERNEL_SIGACTION = StructLayout.of("struct sigaction", 32,
            Field.of("sa_handler", 0, 8), Field.of("sa_flags", 8, 8), Field.of("sa_restorer", 16, 8),
            Field.of("sa_mask", 24, 8));

    /** {@code struct __kernel_timespec}, include/uapi/linux/time_types.h. */
    public static final StructLayout TIMESPEC = StructLayout.of("struct timespec", 16,
            Field.of("tv_sec", 0, 8), Field.of("tv_nsec", 8, 8));
}
