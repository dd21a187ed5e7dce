// A handler that rewrites the saved rip in its ucontext: rt_sigreturn restores the registers
// from the frame in memory, so execution resumes where the handler pointed, not where the
// signal interrupted. Here the main body is interrupted in pause(); the handler points rip at
// recover(), which runs in place of the rest of main and returns into main's caller (the exit
// stub), so the process exits with recover's value.
scenario "a handler changes the saved rip" {
    process main {
        fn recover() {
            print("recovered instead of returning into pause()")
            return 3
        }
        handler h(sig, info, ctx) {
            ctx.uc_mcontext.rip = recover
        }
        sigaction(SIGALRM, h, flags: SA_SIGINFO)
        alarm(1)
        pause()
        print("never printed: pause() does not get control back")
    }
    expect main printed "recovered instead of returning into pause()"
    expect main exited 3
}
