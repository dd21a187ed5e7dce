scenario "fork" {
    process main {
        let c = fork { exit(0) }
    }
}
