/*
 * selfsignal — real-kernel twin of the simulated self-signal benchmark.
 *
 * One process raises SIGUSR1 at itself in a loop; an SA_SIGINFO handler counts deliveries.
 * Each raise() is a tgkill() whose signal is delivered on the way back to user mode
 * (exit_to_user_mode_loop -> arch_do_signal_or_restart -> handle_signal -> setup_rt_frame),
 * then the handler returns through the restorer into rt_sigreturn.
 *
 * usage: selfsignal [SECONDS]      (default 2; fractional values allowed)
 * prints: one line, "selfsignal: N deliveries in S s = R deliveries/s"
 * build:  gcc -O2 -o selfsignal selfsignal.c
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t deliveries;

static void on_usr1(int sig, siginfo_t *info, void *uctx)
{
	(void)sig; (void)uctx;
	if (info->si_code == SI_TKILL || info->si_code == SI_USER)
		deliveries++;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 2.0;
	if (seconds <= 0) {
		fprintf(stderr, "usage: %s [SECONDS>0]\n", argv[0]);
		return 2;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGUSR1, &sa, NULL) != 0) {
		perror("sigaction");
		return 1;
	}

	long raised = 0;
	double start = now(), end = start + seconds, t = start;
	while (t < end) {
		for (int i = 0; i < 1024; i++)
			raise(SIGUSR1);
		raised += 1024;
		t = now();
	}
	double elapsed = t - start;
	if (deliveries != raised) {
		fprintf(stderr, "selfsignal: raised %ld but %ld delivered\n", raised, (long)deliveries);
		return 1;
	}
	printf("selfsignal: %ld deliveries in %.2f s = %.0f deliveries/s\n",
	       (long)deliveries, elapsed, deliveries / elapsed);
	return 0;
}
