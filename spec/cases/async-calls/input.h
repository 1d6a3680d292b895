// @only: ac_* AC_*
/* lib.fn.async: every kind of argument and result through the thread pool, errno, lifetimes. */
#include <stddef.h>

/** A record passed and returned by value. */
struct ac_pair {
  int a;
  double b;
};

/** Sleeps `ms` milliseconds, then returns strlen(s): the string must still be there. */
size_t ac_slow_strlen(const char *s, int ms);
/** Sleeps `ms` milliseconds, then writes `v` into the `n` bytes at `buf`; returns their sum. */
int ac_slow_fill(void *buf, int n, int v, int ms);
/** Sets errno to `e` and returns -1, as a failing libc call does. */
int ac_fail(int e);
/** The errno the call found when it started (what `ffi.errno = x` set). */
int ac_seen_errno(void);
/** p + 1: a typed pointer result. */
int *ac_next(int *p);
/** {a * 2, b * 2}, after `ms` milliseconds. */
struct ac_pair ac_double(struct ac_pair p, int ms);
/** Counts its calls. */
void ac_touch(void);
/** How many times ac_touch ran. */
int ac_touched(void);
/** A 64-bit result. */
unsigned long long ac_big(void);
/** Its argument. */
const char *ac_echo(const char *s);
/** The sum of `n` int extras. */
int ac_sum(int n, ...);
/** 2 * x. */
int ac_twice(int x);
/** A function-like macro: its `.async` too. */
#define AC_TWICE(x) ac_twice(x)
