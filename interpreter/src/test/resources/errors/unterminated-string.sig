scenario "unterminated" {
    process main {
        print("hello)
    }
}
