/*
 * pingpong — real-kernel twin of the simulated two-process ping-pong benchmark.
 *
 * Parent and child bounce SIGUSR1: each SA_SIGINFO handler answers the sender
 * (kill(info->si_pid, SIGUSR1)), so one round trip is two deliveries, each a kill() ->
 * __send_signal -> complete_signal -> signal_wake_up of a task sleeping in sigsuspend.
 * SIGUSR1 and SIGUSR2 are blocked outside sigsuspend(), so a signal can only be taken inside
 * it and none is lost between "check the flag" and "sleep" (the classic sigsuspend pattern).
 * The parent stops after the given time, tells the child with SIGUSR2, and checks through a
 * pipe that the child handled exactly as many pings as the parent got pongs.
 *
 * usage: pingpong [SECONDS]        (default 2; fractional values allowed)
 * prints: one line, "pingpong: N round trips in S s = R round trips/s, D deliveries/s"
 * build:  gcc -O2 -o pingpong pingpong.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static volatile long handled;          /* written only by this process's handlers */
static double deadline;
static pid_t child;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);   /* async-signal-safe */
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Child: count the ping and answer the sender. */
static void child_usr1(int sig, siginfo_t *info, void *uctx)
{
	(void)sig; (void)uctx;
	handled++;
	kill(info->si_pid, SIGUSR1);
}

/* Parent: count the pong; ping again unless the time is up. */
static void parent_usr1(int sig, siginfo_t *info, void *uctx)
{
	(void)sig; (void)uctx;
	handled++;
	if ((handled & 255) == 0 && now() >= deadline) {
		stop = 1;
		return;
	}
	kill(info->si_pid, SIGUSR1);
}

static void on_usr2(int sig)
{
	(void)sig;
	stop = 1;
}

static void install(int sig, void (*action)(int, siginfo_t *, void *), void (*handler)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	if (action) {
		sa.sa_sigaction = action;
		sa.sa_flags = SA_SIGINFO;
	} else {
		sa.sa_handler = handler;
	}
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL) != 0) {
		perror("sigaction");
		exit(1);
	}
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 2.0;
	if (seconds <= 0) {
		fprintf(stderr, "usage: %s [SECONDS>0]\n", argv[0]);
		return 2;
	}
	sigset_t both, waitmask;
	sigemptyset(&both);
	sigaddset(&both, SIGUSR1);
	sigaddset(&both, SIGUSR2);
	sigprocmask(SIG_BLOCK, &both, &waitmask);   /* waitmask = the mask without them */
	sigdelset(&waitmask, SIGUSR1);
	sigdelset(&waitmask, SIGUSR2);

	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		return 1;
	}
	child = fork();
	if (child < 0) {
		perror("fork");
		return 1;
	}
	if (child == 0) {
		close(fds[0]);
		install(SIGUSR1, child_usr1, NULL);
		install(SIGUSR2, NULL, on_usr2);
		while (!stop)
			sigsuspend(&waitmask);
		long n = handled;
		if (write(fds[1], &n, sizeof n) != (ssize_t)sizeof n)
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	install(SIGUSR1, parent_usr1, NULL);

	double start = now();
	deadline = start + seconds;
	kill(child, SIGUSR1);
	while (!stop)
		sigsuspend(&waitmask);
	double elapsed = now() - start;
	long rounds = handled;

	kill(child, SIGUSR2);
	long child_handled = -1;
	ssize_t got;
	do {
		got = read(fds[0], &child_handled, sizeof child_handled);
	} while (got < 0 && errno == EINTR);
	int status = 0;
	waitpid(child, &status, 0);
	if (got != (ssize_t)sizeof child_handled || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "pingpong: the child did not report its count\n");
		return 1;
	}
	if (child_handled != rounds) {
		fprintf(stderr, "pingpong: child handled %ld pings, parent %ld pongs\n",
			child_handled, rounds);
		return 1;
	}
	printf("pingpong: %ld round trips in %.2f s = %.0f round trips/s, %.0f deliveries/s\n",
	       rounds, elapsed, rounds / elapsed, 2 * rounds / elapsed);
	return 0;
}
