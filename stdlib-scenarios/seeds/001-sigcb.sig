// seed 001 (Linux 2.4 walkthrough): the sigcb program. One handler for SIGHUP, SIGINT and SIGQUIT,
// a loop that sleeps; the shell sends SIGINT ("kill -s SIGINT <pid>") and then SIGKILL.
scenario "sigcb catches SIGHUP, SIGINT and SIGQUIT" {
    process main {
        handler sigcb(signo) {
            print("Get a signal -- " + signame(signo))
        }
        signal(SIGHUP, sigcb)
        signal(SIGINT, sigcb)
        signal(SIGQUIT, sigcb)
        loop { sleep(1s) }
    }

    at 1500ms: kill(main, SIGINT)
    at 2s:     kill(main, SIGKILL)

    expect main printed "Get a signal -- SIGINT"
    expect main killed by SIGKILL
}
