#include <signal.h>
#include <stdio.h>
#include <unistd.h>
static void h(int s){ }
int main(){ signal(SIGUSR1, h); raise(SIGUSR1); sleep(0); sysv_signal(SIGUSR2, h); return 0; }
