#define _DEFAULT_SOURCE
#include "input.h"
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

size_t ac_slow_strlen(const char *s, int ms) {
  usleep((useconds_t)ms * 1000);
  return strlen(s);
}

int ac_slow_fill(void *buf, int n, int v, int ms) {
  usleep((useconds_t)ms * 1000);
  memset(buf, v, (size_t)n);
  int sum = 0;
  for (int i = 0; i < n; i++) sum += ((unsigned char *)buf)[i];
  return sum;
}

int ac_fail(int e) {
  errno = e;
  return -1;
}

int ac_seen_errno(void) { return errno; }

int *ac_next(int *p) { return p + 1; }

struct ac_pair ac_double(struct ac_pair p, int ms) {
  usleep((useconds_t)ms * 1000);
  struct ac_pair r = {p.a * 2, p.b * 2};
  return r;
}

static int touched;
void ac_touch(void) { touched++; }
int ac_touched(void) { return touched; }

unsigned long long ac_big(void) { return 0xfedcba9876543210ULL; }

const char *ac_echo(const char *s) { return s; }

int ac_sum(int n, ...) {
  va_list ap;
  int s = 0;
  va_start(ap, n);
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

int ac_twice(int x) { return 2 * x; }
