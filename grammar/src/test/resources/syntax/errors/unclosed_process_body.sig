scenario "t" {
    process p {
        loop {
            pause()
    }
    process q { }
}
