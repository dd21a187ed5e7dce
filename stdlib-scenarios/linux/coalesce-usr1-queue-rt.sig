// seed 004: legacy_queue() drops a standard signal that is already pending, while
// real-time signals queue one entry per send, in order, each with its si_value.
scenario "five SIGUSR1 collapse into one, five SIGRTMIN all arrive in order" {
    process rx {
        var usr1 = 0
        var values = []
        handler on_usr1(sig) { usr1 += 1 }
        handler on_rt(sig, info) { values.push(info.si_value) }
        sigaction(SIGUSR1, on_usr1)
        sigaction(SIGRTMIN, on_rt, flags: SA_SIGINFO)
        sigprocmask(SIG_BLOCK, {SIGUSR1, SIGRTMIN})
        sleep(10ms)
        sigprocmask(SIG_UNBLOCK, {SIGUSR1, SIGRTMIN})
        expect usr1 == 1
        expect values == [1, 2, 3, 4, 5]
    }
    process tx {
        for i in 1..5 {
            kill(rx, SIGUSR1)
            sigqueue(rx, SIGRTMIN, i)
        }
    }
    expect rx handled SIGUSR1 1 times
    expect rx handled SIGRTMIN 5 times
    expect rx exited 0
}
