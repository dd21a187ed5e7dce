/*
 * frame_probe: measures the x86-64 rt signal frame on the running kernel with raw pointers
 * (glibc's ucontext_t is not the kernel's struct ucontext, so nothing here uses its fields).
 * Run by dev.sigscript.cpu.layout.FrameProbeTest, which compares the output with the model.
 * Output: one "key=value" per line, numbers in decimal unless the key ends in _hex.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Kernel offsets under test (the model's numbers; the test checks them against behaviour). */
#define UC_MCONTEXT 40
#define SC_RSP 120
#define SC_FPSTATE 184

static volatile int raw_handler_ran;

static void report(const char *tag, void *info, void *ucv) {
    uint8_t *uc = ucv;
    uint8_t *frame = uc - 8; /* the handler's rsp at entry: pretcode sits there */
    uint64_t rsp = *(uint64_t *)(uc + UC_MCONTEXT + SC_RSP);
    uint64_t fp = *(uint64_t *)(uc + UC_MCONTEXT + SC_FPSTATE);
    uint8_t *pretcode = *(uint8_t **)frame;
    printf("%s.interrupted_rsp=%llu\n", tag, (unsigned long long)rsp);
    printf("%s.frame=%llu\n", tag, (unsigned long long)(uintptr_t)frame);
    printf("%s.rsp_to_uc=%lld\n", tag, (long long)(rsp - (uint64_t)(uintptr_t)uc));
    printf("%s.uc_to_info=%lld\n", tag, (long long)((uint8_t *)info - uc));
    printf("%s.entry_rsp_mod16=%llu\n", tag, (unsigned long long)((uintptr_t)frame % 16));
    printf("%s.uc_flags=%llu\n", tag, (unsigned long long)*(uint64_t *)uc);
    printf("%s.uc_link=%llu\n", tag, (unsigned long long)*(uint64_t *)(uc + 8));
    printf("%s.ss_sp=%llu\n", tag, (unsigned long long)*(uint64_t *)(uc + 16));
    printf("%s.ss_flags=%d\n", tag, *(int32_t *)(uc + 24));
    printf("%s.ss_size=%llu\n", tag, (unsigned long long)*(uint64_t *)(uc + 32));
    printf("%s.uc_sigmask=%llu\n", tag, (unsigned long long)*(uint64_t *)(uc + 296));
    printf("%s.fpstate=%llu\n", tag, (unsigned long long)fp);
    printf("%s.fpstate_mod64=%llu\n", tag, (unsigned long long)(fp % 64));
    printf("%s.magic1=%u\n", tag, *(uint32_t *)(uintptr_t)(fp + 464));
    printf("%s.extended_size=%u\n", tag, *(uint32_t *)(uintptr_t)(fp + 468));
    printf("%s.xfeatures=%llu\n", tag, (unsigned long long)*(uint64_t *)(uintptr_t)(fp + 472));
    printf("%s.xstate_size=%u\n", tag, *(uint32_t *)(uintptr_t)(fp + 480));
    printf("%s.magic2=%u\n", tag, *(uint32_t *)(uintptr_t)(fp + *(uint32_t *)(uintptr_t)(fp + 480)));
    printf("%s.restorer_hex=", tag);
    for (int i = 0; i < 9; i++) printf("%02x", pretcode[i]);
    printf("\n");
    uint8_t *si = info;
    printf("%s.si_signo=%d\n", tag, *(int32_t *)si);
    printf("%s.si_code=%d\n", tag, *(int32_t *)(si + 8));
    printf("%s.si_pid=%d\n", tag, *(int32_t *)(si + 16));
    printf("%s.si_uid=%d\n", tag, *(int32_t *)(si + 20));
    printf("%s.si_value=%llu\n", tag, (unsigned long long)*(uint64_t *)(si + 24));
}

static void glibc_handler(int sig, siginfo_t *info, void *uc) {
    (void)sig;
    report("main", info, uc);
}

static void alt_handler(int sig, siginfo_t *info, void *uc) {
    (void)sig;
    report("alt", info, uc);
}

static void raw_handler(int sig, siginfo_t *info, void *uc) {
    (void)sig;
    (void)info;
    (void)uc;
    raw_handler_ran = 1;
}

/* The kernel's struct sigaction as rt_sigaction(2) reads it on x86-64 (the model's layout). */
struct kernel_sigaction {
    void *k_handler;        /* 0: sa_handler */
    unsigned long k_flags;  /* 8: sa_flags */
    void *k_restorer;       /* 16: sa_restorer */
    uint64_t k_mask;        /* 24: sa_mask */
};

int main(void) {
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = glibc_handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    union sigval v = {.sival_ptr = (void *)42};
    sigqueue(getpid(), SIGUSR1, v);

    /* The same on an alternate stack (ss_flags 0). */
    size_t alt_size = 65536;
    void *alt = mmap(NULL, alt_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    stack_t ss = {.ss_sp = alt, .ss_flags = 0, .ss_size = alt_size};
    sigaltstack(&ss, NULL);
    printf("alt.base=%llu\n", (unsigned long long)(uintptr_t)alt);
    sa.sa_sigaction = alt_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);

    /* rt_sigaction with the model's struct layout and the model's restorer bytes. */
    uint8_t *stub = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    static const uint8_t restore_rt[] = {0x48, 0xc7, 0xc0, 0x0f, 0, 0, 0, 0x0f, 0x05}; /* mov $15,%rax; syscall */
    memcpy(stub, restore_rt, sizeof restore_rt);
    struct kernel_sigaction ksa = {
        .k_handler = (void *)raw_handler, .k_flags = SA_SIGINFO | 0x04000000 /* SA_RESTORER */,
        .k_restorer = stub, .k_mask = 0};
    long rc = syscall(SYS_rt_sigaction, SIGURG, &ksa, NULL, 8);
    raise(SIGURG);
    printf("raw.rt_sigaction=%ld\n", rc);
    printf("raw.handler_ran=%d\n", raw_handler_ran);
    printf("raw.sizeof_kernel_sigaction=%zu\n", sizeof(struct kernel_sigaction));
    return 0;
}
