scenario "bad arch" {
    arch sparc
    process main { }
}
