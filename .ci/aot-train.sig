// Training run for the JDK AOT cache that ./sig maps at start (see .ci/aot-train.sh).
// Short, and touching the common path: parse, check, two processes, handlers with and
// without SA_SIGINFO, a blocked signal, delivery and rt_sigreturn, output, expectations.
scenario "aot training: handlers, masks and two processes" {
    process rx {
        var usr1 = 0
        var rt = 0
        handler on_usr1(sig) { usr1 += 1 }
        handler on_rt(sig, info) { rt += info.si_value }
        sigaction(SIGUSR1, on_usr1)
        sigaction(SIGRTMIN, on_rt, flags: SA_SIGINFO)
        sigprocmask(SIG_BLOCK, {SIGUSR1})
        kill(rx, SIGUSR1)
        kill(rx, SIGUSR1)
        sigqueue(rx, SIGRTMIN, 7)
        sigprocmask(SIG_UNBLOCK, {SIGUSR1})
        print("usr1=" + usr1 + " rt=" + rt)
    }
    process tx {
        print("tx done")
    }
    expect rx printed "usr1=1 rt=7"
    expect tx printed "tx done"
}
