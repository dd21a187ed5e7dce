scenario "t" {
    process p { }
}
/* never closed
