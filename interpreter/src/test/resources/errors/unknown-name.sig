scenario "unknown name" {
    process main {
        var count = 0
        cuont += 1
    }
}
