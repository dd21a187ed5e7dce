scenario "timed events and every expectation form" {
    process rx { loop { pause() } }
    process tx { }
    at 0s: kill(rx, SIGSTOP)
    at 1ms: kill(rx, SIGCONT) from tx
    every 100us times 5: kill(rx, SIGUSR1)
    every 1s: sigqueue(rx, SIGRTMIN, 7) from tx
    expect rx exited 0
    expect rx killed by SIGSEGV core dumped
    expect always rx killed by SIGKILL
    expect sometimes rx stopped by SIGTSTP
    expect rx printed "tick\n"
    expect rx handled SIGUSR1 5 times
    expect rx.count == 1
    expect always rx.count <= 5
}
