scenario "t" {
    process p {
        let x =
    }
}
