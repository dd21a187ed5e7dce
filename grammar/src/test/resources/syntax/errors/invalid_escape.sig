scenario "t" {
    process p {
        print("a\qb")
    }
}
