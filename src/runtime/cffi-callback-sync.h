/*
 * cffi-callback-sync.h — part of the cffi-import C runtime (included by cffi-callback.h): what callbacks
 * need of threads. The POSIX threads functions are declared under other C names instead of through
 * <pthread.h>, which would bring struct timespec into every module (see cffi-libc.h); the storage
 * of a mutex or condition is a union large enough on every 64-bit libc, initialised at run time.
 */
#ifndef CFFI_IMPORT_CALLBACK_SYNC_H
#define CFFI_IMPORT_CALLBACK_SYNC_H

#define CFFI_STR_(x) #x
#define CFFI_STR(x) CFFI_STR_(x)
#define CFFI_LIBC(name) __asm__(CFFI_STR(__USER_LABEL_PREFIX__) #name)
typedef union {
  char bytes[128];
  long double align;
} cffi_sync;
struct cffi_timespec {
  long sec, nsec;
};
int cffi_mutex_init(cffi_sync *m, const void *attr) CFFI_LIBC(pthread_mutex_init);
int cffi_mutex_destroy(cffi_sync *m) CFFI_LIBC(pthread_mutex_destroy);
int cffi_mutex_lock(cffi_sync *m) CFFI_LIBC(pthread_mutex_lock);
int cffi_mutex_unlock(cffi_sync *m) CFFI_LIBC(pthread_mutex_unlock);
int cffi_cond_init(cffi_sync *c, const void *attr) CFFI_LIBC(pthread_cond_init);
int cffi_cond_destroy(cffi_sync *c) CFFI_LIBC(pthread_cond_destroy);
int cffi_cond_signal(cffi_sync *c) CFFI_LIBC(pthread_cond_signal);
int cffi_cond_timedwait(cffi_sync *c, cffi_sync *m, const struct cffi_timespec *t) CFFI_LIBC(pthread_cond_timedwait);
uintptr_t cffi_thread_self(void) CFFI_LIBC(pthread_self);
int cffi_clock_gettime(int clock, struct cffi_timespec *t) CFFI_LIBC(clock_gettime);
int cffi_sched_yield(void) CFFI_LIBC(sched_yield);
long cffi_write(int fd, const void *buf, size_t n) CFFI_LIBC(write);

/* Guards the slots and env records: held for a few loads and stores, never across a call. */
CFFI_SHARED int cffi_cb_lock_word;

static void cffi_cb_lock(void) {
  while (__atomic_exchange_n(&cffi_cb_lock_word, 1, __ATOMIC_ACQUIRE)) cffi_sched_yield();
}
static void cffi_cb_unlock(void) {
  __atomic_store_n(&cffi_cb_lock_word, 0, __ATOMIC_RELEASE);
}

/* stderr, for what no JS can be told: C called a closed callback, or the JS thread is gone. */
static CFFI_COLD void cffi_cb_say(const char *what, const char *type) {
  char msg[512];
  int n = snprintf(msg, sizeof msg, "cffi-import: %s callback of type '%s'\n", what, type);
  if (n > 0) cffi_write(2, msg, (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
}

#endif
