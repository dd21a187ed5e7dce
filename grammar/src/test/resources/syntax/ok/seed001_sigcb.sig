// seed 001: one handler for three signals, a loop that sleeps
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

    at 1500ms: kill(main, SIGINT)        // kill -s SIGINT <pid>, from the shell
    at 2s:     kill(main, SIGKILL)

    expect main printed "Get a signal -- SIGINT"
    expect main killed by SIGKILL
}
