scenario "syntax" {
    process main {
        sigaction(SIGUSR1 h)
    }
}
