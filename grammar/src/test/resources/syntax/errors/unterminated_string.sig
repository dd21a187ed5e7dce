scenario "t" {
    process p {
        print("hello)
    }
}
