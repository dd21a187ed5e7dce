scenario "expressions and precedence" {
    process p {
        let a = 1 + 2 * 3 - 4 / 2 % 3
        let b = a < 1 || a >= 2 && a != 3 == false
        let c = SA_RESTART | SA_SIGINFO & ~SA_NODEFER
        let d = -a.b[0](1)
        let e = (1 + 2) * 3
        let s = {SIGRTMIN+2, SIGRTMAX-1, SIGUSR1,}
        let empty = {}
        let l = [[], [1], "two\n\t\"\\\0\x41"]
        let t = 5ns + 5us + 10ms + 1.5s + 1_000ms
        let f = sigaction(SIGSEGV, SIG_DFL, flags: SA_RESETHAND | SA_ONSTACK, mask: {SIGINT})
        let g = x.push(1).len()
        let times = true
        let always = !times
        print(SIG_IGN, SIG_BLOCK)
    }
}
