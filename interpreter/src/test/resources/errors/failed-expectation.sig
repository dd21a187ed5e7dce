scenario "expect fails" {
    process main {
        var n = 0
        expect n == 1
    }
}
