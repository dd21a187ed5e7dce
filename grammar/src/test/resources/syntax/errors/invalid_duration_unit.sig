scenario "t" {
    process p {
        sleep(10xs)
    }
}
