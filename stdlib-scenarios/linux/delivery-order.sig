// With several signals pending, next_signal() (kernel/signal.c) takes the synchronous ones
// (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS) first, then the lowest number. Each
// delivery builds a frame on top of the previous one, so the last frame built runs first:
// the handlers print in the reverse of the dequeue order.
scenario "delivery order with several pending signals" {
    process main {
        var order = []
        handler h(sig) { order.push(signame(sig)) }
        sigaction(SIGTERM, h)
        sigaction(SIGUSR1, h)
        sigaction(SIGINT, h)
        sigaction(SIGSEGV, h)
        sigprocmask(SIG_BLOCK, {SIGTERM, SIGUSR1, SIGINT, SIGSEGV})
        raise(SIGTERM)
        raise(SIGUSR1)
        raise(SIGINT)
        raise(SIGSEGV)
        print("pending:", sigpending())
        sigprocmask(SIG_SETMASK, {})
        print("handled:", order)
        expect order == ["SIGTERM", "SIGUSR1", "SIGINT", "SIGSEGV"]
    }
}
