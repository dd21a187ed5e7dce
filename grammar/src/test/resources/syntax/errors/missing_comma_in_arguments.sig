scenario "t" {
    process p {
        sigaction(SIGUSR1 h)
    }
}
