scenario "unknown signal" {
    process main {
        raise(SIGUSR3)
    }
}
