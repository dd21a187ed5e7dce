scenario "t" {
    # not a comment
    process p { }
}
