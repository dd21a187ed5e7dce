scenario "t" {
    process p {
        let s = {SIGUSR1 SIGUSR2}
    }
}
