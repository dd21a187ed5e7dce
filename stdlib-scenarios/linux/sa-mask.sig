// sa_mask: signals added to the blocked set while the handler runs (handle_signal():
// blocked |= sa_mask). SIGUSR2 raised inside the SIGUSR1 handler waits until that handler
// returns and rt_sigreturn restores the old mask.
scenario "sa_mask defers another signal until the handler returns" {
    process main {
        var log = []
        handler on_usr1(sig) {
            log.push("usr1 start")
            raise(SIGUSR2)
            log.push("usr1 end")
        }
        handler on_usr2(sig) { log.push("usr2") }
        sigaction(SIGUSR2, on_usr2)
        sigaction(SIGUSR1, on_usr1, mask: {SIGUSR2})
        raise(SIGUSR1)
        expect log == ["usr1 start", "usr1 end", "usr2"]
    }
}
