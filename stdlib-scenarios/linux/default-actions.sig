// Default actions (signal(7), kernel/signal.c:sig_kernel_*): terminate, terminate with a
// core dump, ignore, stop.
scenario "SIGTERM terminates" {
    process main { raise(SIGTERM); print("not reached") }
    expect main killed by SIGTERM
}

scenario "SIGQUIT terminates with a core dump" {
    process main { raise(SIGQUIT); print("not reached") }
    expect main killed by SIGQUIT core dumped
}

scenario "SIGCHLD, SIGURG and SIGWINCH are ignored" {
    process main {
        raise(SIGCHLD)
        raise(SIGURG)
        raise(SIGWINCH)
        print("still here")
    }
    expect main printed "still here"
    expect main exited 0
}
