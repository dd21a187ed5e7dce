scenario "t" {
    process p {
        let loop = 1
    }
}
