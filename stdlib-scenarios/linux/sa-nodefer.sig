// While a handler runs, its own signal is blocked (handle_signal() adds it to blocked) unless
// SA_NODEFER is set: then raising it again inside the handler nests a second frame at once.
scenario "default deferral: the signal waits until the handler returns" {
    process main {
        var depth = 0
        var deepest = 0
        var runs = 0
        handler h(sig) {
            depth += 1
            runs += 1
            if depth > deepest { deepest = depth }
            if runs == 1 { raise(SIGUSR1) }
            depth -= 1
        }
        sigaction(SIGUSR1, h)
        raise(SIGUSR1)
        expect runs == 2
        expect deepest == 1
    }
}

scenario "SA_NODEFER: the handler interrupts itself" {
    process main {
        var depth = 0
        var deepest = 0
        var runs = 0
        handler h(sig) {
            depth += 1
            runs += 1
            if depth > deepest { deepest = depth }
            if runs == 1 { raise(SIGUSR1) }
            depth -= 1
        }
        sigaction(SIGUSR1, h, flags: SA_NODEFER)
        raise(SIGUSR1)
        expect runs == 2
        expect deepest == 2
    }
}
