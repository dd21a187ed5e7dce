// RLIMIT_SIGPENDING bounds the queued real-time signals of a user: past it, sigqueue()
// fails with EAGAIN (kernel/signal.c:__send_signal_locked(), __sigqueue_alloc()).
scenario "the RT queue hits RLIMIT_SIGPENDING" {
    rlimit RLIMIT_SIGPENDING 3
    process rx {
        var got = 0
        handler on_rt(sig, info) { got += 1 }
        sigaction(SIGRTMIN, on_rt, flags: SA_SIGINFO)
        sigprocmask(SIG_BLOCK, {SIGRTMIN})
        sleep(10ms)
        sigprocmask(SIG_UNBLOCK, {SIGRTMIN})
        expect got == 3
    }
    process tx {
        var ok = 0
        var eagain = 0
        for i in 1..5 {
            if sigqueue(rx, SIGRTMIN, i) == 0 { ok += 1 } else if errno == EAGAIN { eagain += 1 }
        }
        expect ok == 3
        expect eagain == 2
    }
}
