// Start-time benchmark input (bench/startup.sh): the smallest useful run — one handler,
// one self-sent signal, one line of output, one expectation.
scenario "a handler runs once" {
    process main {
        var n = 0
        handler h(sig) { n += 1 }
        signal(SIGUSR1, h)
        kill(main, SIGUSR1)
        print("n=" + n)
    }
    expect main printed "n=1"
}
