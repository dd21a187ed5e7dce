scenario "t" {
    process p {
        let big = 99999999999999999999
    }
}
