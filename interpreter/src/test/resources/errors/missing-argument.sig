scenario "missing arg" {
    process main {
        kill(SIGUSR1)
    }
}
