scenario "let" {
    process main {
        let x = 1
        x = 2
    }
}
