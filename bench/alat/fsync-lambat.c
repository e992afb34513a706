/*
 * A disk model for the numbering line: loaded with LD_PRELOAD, it makes every fsync/fdatasync wait
 * FSYNC_US microseconds before the real call, as a hard disk or a DRAM-less SSD does when it must put
 * a commit on the platter or flash. The CPU is idle meanwhile, like a process waiting on a real disk.
 * Both the raw loop and the app run under the same model, so only the disk differs from the plain line.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

static int (*asli_fsync)(int);
static int (*asli_fdatasync)(int);

static void tunggu(void) {
  const char *s = getenv("FSYNC_US");
  long us = s ? atol(s) : 0;
  if (us <= 0) return;
  struct timespec t = {us / 1000000, (us % 1000000) * 1000};
  while (nanosleep(&t, &t) != 0) {
  }
}

int fsync(int fd) {
  if (!asli_fsync) asli_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  tunggu();
  return asli_fsync(fd);
}

int fdatasync(int fd) {
  if (!asli_fdatasync) asli_fdatasync = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  tunggu();
  return asli_fdatasync(fd);
}
