scenario "type" {
    process main {
        let x = 1 + "a" + {SIGUSR1} * 2
    }
}
