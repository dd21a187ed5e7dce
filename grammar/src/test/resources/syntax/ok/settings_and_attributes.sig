/* Every scenario setting and process attribute. */
scenario "settings" {
    arch arm64
    seed 42
    rlimit RLIMIT_SIGPENDING 3
    rlimit RLIMIT_CORE RLIM_INFINITY
    restorer vdso
    process leader uid 1000 pgrp g session s { pause() }
    process member uid 0 pgrp g { }
}

scenario "a second scenario in the same file" {
    process p { exit(0) }
    expect p exited 0
}
