scenario "t" {
    process p {
        handler h(a b) { }
        if ready print("x")
    }
}
