scenario "t" {
    process p {
        if x = 1 { }
    }
}
