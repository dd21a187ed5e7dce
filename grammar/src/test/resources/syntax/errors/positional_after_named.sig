scenario "t" {
    process p {
        sigaction(SIGUSR1, flags: SA_SIGINFO, h)
    }
}
