#include "input.h"
#include <pthread.h>
#include <stdlib.h>

int cb_apply(cb_binop f, int a, int b) { return f(a, b); }
int64_t cb_apply_wide(cb_wide f, int64_t a, uint64_t b) { return f(a, b); }
double cb_apply_scale(cb_scale f, double x) { return f(x); }
void *cb_apply_alloc(cb_alloc f, void *user, unsigned n) { return f(user, n); }
int cb_apply_measure(cb_measure f, int x, int y) {
  struct cb_point p = {x, y};
  return f(p);
}
int cb_apply_make(cb_make f, int x, int y) {
  struct cb_point p = f(x, y);
  return p.x * 100 + p.y;
}
int cb_apply_text(cb_text f, const char *s, void *user) { return f(s, user); }
int cb_repeat(cb_notify f, int n) {
  for (int i = 0; i < n; i++) f(i, i);
  return n;
}
int cb_registry_run(const struct cb_registry *r, int a, int b) { return r->op(a, b); }

struct job {
  cb_binop f;
  int thread, calls, right;
};
static pthread_t threads[16];
static struct job jobs[16];
static int started;

static void *run(void *arg) {
  struct job *j = arg;
  for (int i = 0; i < j->calls; i++) j->right += j->f(j->thread, i) == j->thread * 10000 + i;
  return NULL;
}

int cb_start_threads(cb_binop f, int n, int calls) {
  if (n > 16) n = 16;
  for (int t = 0; t < n; t++) {
    jobs[t].f = f, jobs[t].thread = t, jobs[t].calls = calls, jobs[t].right = 0;
    pthread_create(&threads[t], NULL, run, &jobs[t]);
  }
  started = n;
  return n;
}

int cb_join_threads(void) {
  int right = 0;
  for (int t = 0; t < started; t++) pthread_join(threads[t], NULL), right += jobs[t].right;
  started = 0;
  return right;
}

struct binop_job {
  cb_binop f;
  int a, b, r;
};
static void *run_binop(void *arg) {
  struct binop_job *j = arg;
  j->r = j->f(j->a, j->b);
  return NULL;
}
int cb_apply_in_thread(cb_binop f, int a, int b) {
  pthread_t t;
  struct binop_job j = {f, a, b, 0};
  pthread_create(&t, NULL, run_binop, &j);
  pthread_join(t, NULL);
  return j.r;
}

struct notify_job {
  cb_notify f;
  int a, b;
};
static void *run_notify(void *arg) {
  struct notify_job *j = arg;
  j->f(j->a, j->b);
  return NULL;
}
int cb_notify_in_thread(cb_notify f, int a, int b) {
  pthread_t t;
  struct notify_job j = {f, a, b};
  pthread_create(&t, NULL, run_notify, &j);
  return pthread_join(t, NULL);
}
