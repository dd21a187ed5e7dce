scenario "t" {
    process p {
        sleep(1.5)
        sleep(1.5ns)
    }
}
