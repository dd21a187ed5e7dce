// SIGKILL and SIGSTOP cannot be caught or ignored: do_sigaction() returns EINVAL
// (sig_kernel_only), and they are silently removed from any mask.
scenario "sigaction on SIGKILL and SIGSTOP fails with EINVAL" {
    process main {
        handler h(sig) { }
        let r1 = sigaction(SIGKILL, h)
        let e1 = errno
        let r2 = sigaction(SIGSTOP, SIG_IGN)
        let e2 = errno
        expect r1 == -1 && e1 == EINVAL
        expect r2 == -1 && e2 == EINVAL
        let old = sigprocmask(SIG_BLOCK, {SIGKILL, SIGSTOP, SIGUSR1})
        let now = sigprocmask(SIG_BLOCK, {})
        expect now == {SIGUSR1}
    }
}
