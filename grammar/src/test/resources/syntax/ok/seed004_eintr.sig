// seed 004: SA_RESTART vs EINTR on a blocking read
scenario "a read interrupted by a handled SIGALRM" {
    let p = pipe()
    process reader {
        handler tick(sig) { }
        sigaction(SIGALRM, tick)              // no SA_RESTART
        alarm(1)
        let n = read(p.r, 16)
        expect n == -1 && errno == EINTR
    }
    process writer { sleep(2s); write(p.w, "late") }
}
