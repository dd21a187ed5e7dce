scenario "t" {
    process p { }
    at 10: kill(p, SIGINT)
}
