/*
 * cffi-shared.h — part of the cffi-import C runtime (included by cffi.h): what the modules loaded
 * on one thread share, so that `ffi.errno` is the last call's whichever module made it. Each
 * module is its own shared object with its own statics; they meet through one `cffi_shared`
 * block per Node-API environment (per thread: the main thread, each worker), held by a
 * napi_external that the first module's JS runtime publishes on globalThis and every later module
 * adopts ($share, cffi-natives.h; shared.cts; docs/runtime-sharing.md).
 */
#ifndef CFFI_IMPORT_SHARED_H
#define CFFI_IMPORT_SHARED_H

/* Bumped whenever the layout of cffi_shared changes: a block of another ABI is refused by name. */
#define CFFI_SHARED_ABI 1u

/* The block the modules of one environment share. */
typedef struct {
  uint32_t abi;
  /* errno right after the last call on this thread (sync, or the async call that settled last). */
  int last_errno;
} cffi_shared;

/* The type tag of the napi_external that holds a cffi_shared (Node-API 8), against look-alikes. */
static const napi_type_tag cffi_shared_tag = {0x63666669696d706fULL, 0x7274736861726564ULL + CFFI_SHARED_ABI};

/*
 * Where errno is saved for the environment `env`. The first environment that loads the module
 * (the main thread's, as a rule) is found with one compare against a static: measured in a C
 * loop through a dlopen'ed library, a static slot 34.6 ns, this compare 35.0 ns, a __thread slot
 * 54.7 ns (a __tls_get_addr call; initial-exec TLS would cap how many modules a process can load,
 * glibc's static-TLS surplus is small). Other environments (workers) use a thread-local pointer:
 * each thread hosts one environment. Until $share adopts the environment's block, the module's own.
 */
CFFI_SHARED napi_env cffi_fast_env; /* atomic: reset to NULL when that environment is torn down */
CFFI_SHARED int *cffi_fast_slot;    /* read only by fast env's own thread */
CFFI_SHARED bool cffi_fast_claimed;
CFFI_SHARED int cffi_fast_own;
CFFI_SHARED __thread int *cffi_errno_tls;
CFFI_SHARED __thread int cffi_errno_own;

static CFFI_COLD int *cffi_errno_other(void) {
  return cffi_errno_tls ? cffi_errno_tls : &cffi_errno_own;
}

static inline int *cffi_errno_at(napi_env env) {
  if (__builtin_expect(__atomic_load_n(&cffi_fast_env, __ATOMIC_ACQUIRE) == env, 1)) return cffi_fast_slot;
  return cffi_errno_other();
}

/* errno right after the last call on this thread (ffi.errno), in a function whose env is `cffi__env`. */
#define cffi_last_errno (*cffi_errno_at(cffi__env))

static void cffi_fast_env_gone(void *env) {
  napi_env expected = env;
  __atomic_compare_exchange_n(&cffi_fast_env, &expected, NULL, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED);
}

/* At module init, per environment: the first one claims the fast path. */
static void cffi_errno_init(napi_env env) {
  if (!__atomic_exchange_n(&cffi_fast_claimed, true, __ATOMIC_ACQ_REL)) {
    cffi_fast_slot = &cffi_fast_own;
    __atomic_store_n(&cffi_fast_env, env, __ATOMIC_RELEASE);
    napi_add_env_cleanup_hook(env, cffi_fast_env_gone, env);
  }
}

/* Points this environment's errno at `slot` (the shared block's, from $share). */
static void cffi_errno_use(napi_env env, int *slot) {
  if (__atomic_load_n(&cffi_fast_env, __ATOMIC_ACQUIRE) == env) cffi_fast_slot = slot;
  else cffi_errno_tls = slot;
}

#endif
