scenario "break" {
    process main {
        break
    }
}
