scenario "unknown function" {
    process main {
        sigation(SIGUSR1, SIG_IGN)
    }
}
