// SA_RESETHAND (SA_ONESHOT): the action is reset to SIG_DFL as the signal is delivered
// (kernel/signal.c:get_signal(): "if (ka->sa.sa_flags & SA_ONESHOT) ka->sa.sa_handler = SIG_DFL"),
// so the second SIGUSR1 takes the default action and terminates the process.
scenario "SA_RESETHAND: the second delivery takes the default action" {
    process main {
        var n = 0
        handler h(sig) { n += 1 }
        sigaction(SIGUSR1, h, flags: SA_RESETHAND)
        raise(SIGUSR1)
        print("handled once, n =", n)
        raise(SIGUSR1)
        print("never printed")
    }
    expect main printed "handled once, n = 1"
    expect main killed by SIGUSR1
}
