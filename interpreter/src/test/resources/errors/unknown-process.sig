scenario "unknown process" {
    process main { }
    expect mian exited 0
}
