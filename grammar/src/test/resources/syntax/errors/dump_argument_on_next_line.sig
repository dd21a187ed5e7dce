scenario "t" {
    process p {
        dump frame
        print("after")
    }
}
