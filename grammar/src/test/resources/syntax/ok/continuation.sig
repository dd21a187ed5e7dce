// A line starting with '(' or '[' continues the expression before it.
scenario "newlines are whitespace" {
    process p {
        let f = g
        (1)
        let x = a
        [0]
        print("a"); print("b")
        let y = 1 +
            2
    }
}
