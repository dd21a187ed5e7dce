// seed 000/004: the rt_sigframe that setup_rt_frame() writes on the user stack, field by
// field: pretcode (glibc's __restore_rt), the ucontext with the interrupted registers and
// the saved mask, the siginfo, then the xsave area the fpstate pointer points to.
scenario "x86-64 rt_sigframe, field by field" {
    process main {
        handler h(sig, info, ctx) {
            dump frame
            expect info.si_signo == SIGUSR1
            expect info.si_code == SI_TKILL
            expect ctx.uc_sigmask == {}
        }
        sigaction(SIGUSR1, h, flags: SA_SIGINFO)
        raise(SIGUSR1)
    }
}
