scenario "t" {
    process p {
        f() = 3
    }
}
