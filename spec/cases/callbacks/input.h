// JS functions passed into C: as arguments, stored in fields, called from other threads.
#ifndef CALLBACKS_H
#define CALLBACKS_H

#include <stdint.h>

struct cb_point {
  int x, y;
};

typedef int (*cb_binop)(int, int);
typedef int64_t (*cb_wide)(int64_t, uint64_t);
typedef double (*cb_scale)(double);
typedef void *(*cb_alloc)(void *, unsigned);
typedef int (*cb_measure)(struct cb_point);
typedef struct cb_point (*cb_make)(int, int);
typedef int (*cb_text)(const char *, void *);
typedef void (*cb_notify)(int, int);

/** Holds a callback for later, as a registration does. */
struct cb_registry {
  cb_binop op;
  cb_notify notify;
};

int cb_apply(cb_binop f, int a, int b);
int64_t cb_apply_wide(cb_wide f, int64_t a, uint64_t b);
double cb_apply_scale(cb_scale f, double x);
void *cb_apply_alloc(cb_alloc f, void *user, unsigned n);
int cb_apply_measure(cb_measure f, int x, int y);
int cb_apply_make(cb_make f, int x, int y);
int cb_apply_text(cb_text f, const char *s, void *user);
/** Calls `f(i, i)` for i in 0..n-1; returns how many calls it made. */
int cb_repeat(cb_notify f, int n);
/** Calls the stored operation. */
int cb_registry_run(const struct cb_registry *r, int a, int b);

/**
 * Starts `threads` pthreads, each calling `f(thread, i)` for i in 0..calls-1 and checking that it
 * returned `thread * 10000 + i`; returns at once.
 */
int cb_start_threads(cb_binop f, int threads, int calls);
/** Waits for the threads of cb_start_threads: how many calls got the right result. */
int cb_join_threads(void);
/** Calls `f(a, b)` from a new thread and joins it: fine for a fire-and-forget callback. */
int cb_notify_in_thread(cb_notify f, int a, int b);
/** Calls `f(a, b)` from a new thread and joins it: synchronously, a deadlock (docs/callbacks.md). */
int cb_apply_in_thread(cb_binop f, int a, int b);

#endif
