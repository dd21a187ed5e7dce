scenario "t" {
    process p {
        let l = [1 2]
        let x = 1 +
    }
    expect p killed SIGKILL
}
