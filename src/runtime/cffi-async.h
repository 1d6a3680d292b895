/*
 * cffi-async.h — part of the cffi-import C runtime (included by cffi.h): `lib.fn.async(...)`.
 * The async trampoline of a function converts its arguments on the JS thread exactly as the sync
 * one does, copies them into a work block (strings into memory of their own), and queues the call
 * on the libuv thread pool (napi_async_work); the call sets and saves errno on the worker thread;
 * back on the JS thread the result is converted, errno published (cffi_last_errno) and the Promise
 * settled. What JS passed stays referenced (`keep`) until then. See docs/async.md.
 */
#ifndef CFFI_IMPORT_ASYNC_H
#define CFFI_IMPORT_ASYNC_H

/* What every generated work block starts with. */
typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  /* the JS arguments (an array from the wrapper): their memory stays alive until the call settles */
  napi_ref keep;
  /* errno: what the call sees (ffi.errno when it started), then what it left */
  int cffi_err;
} cffi_async;

/* A string argument copied into the trampoline's stack buffer moves to the heap: the call outlives
 * the trampoline. Its owner becomes the work block (freed when the call settles). */
static inline bool cffi_tmp_keep(napi_env env, cffi_tmp *tmp, void **p) {
  if (*p != (void *)tmp->stack) return true;
  size_t n = strlen(tmp->stack) + 1;
  if (!(tmp->cffi_heap = malloc(n))) {
    napi_throw_error(env, NULL, "out of memory");
    return false;
  }
  memcpy(tmp->cffi_heap, tmp->stack, n);
  *p = tmp->cffi_heap;
  return true;
}

static CFFI_COLD napi_value cffi_async_fail(napi_env env, cffi_async *w, const char *fn) {
  char msg[256];
  snprintf(msg, sizeof msg, "%s.async(): cannot queue the call on the thread pool", fn);
  if (w) {
    if (w->keep) napi_delete_reference(env, w->keep);
    free(w);
  }
  napi_throw_error(env, NULL, msg);
  return NULL;
}

/*
 * Queues a call: copies the work block `local` (`size` bytes, starting with a cffi_async) to the
 * heap, keeps `keep` referenced, and returns the Promise that `done` settles (NULL and a pending
 * exception on failure, when nothing was taken over).
 */
static napi_value cffi_async_start(napi_env env, napi_value keep, const cffi_async *local, size_t size,
                                   napi_async_execute_callback run, napi_async_complete_callback done,
                                   const char *fn) {
  napi_valuetype t;
  napi_value promise, name;
  cffi_async *w = malloc(size);
  if (!w) return cffi_async_fail(env, NULL, fn);
  memcpy(w, local, size);
  w->keep = NULL;
  w->cffi_err = *cffi_errno_at(env); /* ffi.errno = x sets what the call sees, as for a sync call */
  if (napi_typeof(env, keep, &t) != napi_ok) return cffi_async_fail(env, w, fn);
  if (t == napi_object && napi_create_reference(env, keep, 1, &w->keep) != napi_ok) return cffi_async_fail(env, w, fn);
  if (napi_create_string_utf8(env, fn, NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_create_async_work(env, NULL, name, run, done, w, &w->work) != napi_ok)
    return cffi_async_fail(env, w, fn);
  if (napi_create_promise(env, &w->deferred, &promise) != napi_ok) {
    napi_delete_async_work(env, w->work);
    return cffi_async_fail(env, w, fn);
  }
  if (napi_queue_async_work(env, w->work) != napi_ok) {
    napi_value e;
    napi_create_string_utf8(env, "the call could not be queued", NAPI_AUTO_LENGTH, &e);
    napi_create_error(env, NULL, e, &e);
    napi_reject_deferred(env, w->deferred, e);
    napi_delete_async_work(env, w->work);
    if (w->keep) napi_delete_reference(env, w->keep);
    free(w);
  }
  return promise;
}

/*
 * Settles a call on the JS thread: publishes its errno (read by ffi.errno from here on), resolves
 * the Promise with `result`, or rejects it (NULL: the pending exception of the conversion, or
 * the call was cancelled), and frees the block.
 */
static void cffi_async_settle(napi_env env, cffi_async *w, napi_status status, napi_value result) {
  *cffi_errno_at(env) = w->cffi_err;
  if (result) {
    napi_resolve_deferred(env, w->deferred, result);
  } else {
    napi_value e = NULL;
    bool pending = false;
    if (status == napi_ok && napi_is_exception_pending(env, &pending) == napi_ok && pending)
      napi_get_and_clear_last_exception(env, &e);
    if (!e) {
      napi_create_string_utf8(env, "the call was cancelled before it ran", NAPI_AUTO_LENGTH, &e);
      napi_create_error(env, NULL, e, &e);
    }
    napi_reject_deferred(env, w->deferred, e);
  }
  if (w->keep) napi_delete_reference(env, w->keep);
  napi_delete_async_work(env, w->work);
  free(w);
}

#ifdef CFFI_LIBFFI
/* A variadic call's arguments copied into a work block: the extras' addresses, and the strings
 * copied into the trampoline's arena (once at `arena0`), point into the block's own copy. */
static void cffi_va_move(cffi_va *va, const char *arena0) {
  uintptr_t a = (uintptr_t)arena0;
  for (unsigned k = va->cffi_nfixed; k < va->cffi_n; k++) {
    va->cffi_argp[k] = &va->values[k];
    uintptr_t p = (uintptr_t)va->values[k].p;
    if (va->cffi_types[k] == &ffi_type_pointer && p >= a && p < a + sizeof va->cffi_arena)
      va->values[k].p = va->cffi_arena + (p - a);
  }
}
#endif

#endif
