scenario "runaway" {
    process main {
        var i = 0
        loop { i += 1 }
    }
}
