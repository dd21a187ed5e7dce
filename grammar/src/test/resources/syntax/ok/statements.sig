scenario "every statement form" {
    process p {
        let a = 1
        var b = 0x1F_FF
        b = 2; b += 1; b -= 1; b *= 3; b |= 4; b &= 0xff
        info.count = 1
        values[0] = 2
        if a == 1 { b = 1 } else if a == 2 { b = 2 } else { b = 3 }
        if !done { }
        while b > 0 { b -= 1; if b == 3 { continue } }
        loop { break }
        for i in 0..n - 1 { print(i) }
        expect b == 0
        dump regs
        dump mask tx
        dump pending;
        exec { print("new image") }
        ;;
    }
    process q {
        fn twice(x) { return x * 2 }
        fn nothing() { return }
        thread worker { sigwaitinfo({SIGUSR1}) }
        handler h(sig, info, ctx) { ctx.uc_mcontext.rip = ctx.uc_mcontext.rip + 2 }
        let child = fork { exit(twice(3)) }
        waitpid(child)
    }
}
