scenario "arity" {
    process main {
        handler h(a, b, c, d) { }
        sigaction(SIGUSR1, h)
    }
}
