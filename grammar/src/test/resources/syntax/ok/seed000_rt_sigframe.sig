// seed 000/004: the frame on the user stack
scenario "x86-64 rt_sigframe, field by field" {
    arch x86_64
    process main {
        handler h(sig, info, ctx) {
            dump frame                        // field names, offsets, bytes
            expect ctx.uc_mcontext.rsp == ctx.interrupted_sp
        }
        sigaction(SIGUSR1, h, flags: SA_SIGINFO)
        raise(SIGUSR1)
    }
}
