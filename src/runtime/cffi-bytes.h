/*
 * cffi-bytes.h — part of the cffi-import C runtime (included by cffi.h): pointer arguments, records
 * passed by value, and the `char *` / `void *` arguments that also take strings and buffers.
 */
#ifndef CFFI_IMPORT_BYTES_H
#define CFFI_IMPORT_BYTES_H

/* A typed pointer argument: the JS wrapper has checked its type and passes the BigInt address
 * (0n for null). */
static inline bool cffi_get_ptr(napi_env env, napi_value v, void **out, const char *fn, const char *arg,
                                const char *ctype) {
  uint64_t a;
  bool lossless;
  if (napi_get_value_bigint_uint64(env, v, &a, &lossless) != napi_ok)
    return cffi_throw(env, false, fn, arg, ctype, "must be a pointer");
  if (!lossless) return cffi_throw(env, true, fn, arg, ctype, "is not an address (negative or beyond 64 bits)");
  *out = (void *)(uintptr_t)a;
  return true;
}

/* A struct or union passed by value: JS passes a pointer to it, which must not be NULL. */
static inline bool cffi_get_struct(napi_env env, napi_value v, void **out, const char *fn, const char *arg,
                                   const char *ctype) {
  size_t len; /* an ArrayBuffer: a plain initialiser built by recordIn (record-in.cts) */
  if (napi_get_arraybuffer_info(env, v, out, &len) == napi_ok) return true;
  if (!cffi_get_ptr(env, v, out, fn, arg, ctype)) return false;
  return *out != NULL || cffi_throw(env, false, fn, arg, ctype, "is passed by value and cannot be null");
}

/* Memory a call borrowed for a string argument; freed after the call. */
typedef struct {
  char *cffi_heap;
  char stack[256];
} cffi_tmp;

/* A `char *` / `void *` argument: a BigInt address, null, a string (UTF-8, NUL-terminated,
 * valid for the call), or a Buffer / TypedArray / DataView / ArrayBuffer (zero-copy). */
static CFFI_COLD bool cffi_get_bytes_slow(napi_env env, napi_value v, void **out, cffi_tmp *tmp, const char *fn,
                                          const char *arg, const char *ctype) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t == napi_bigint) return cffi_get_ptr(env, v, out, fn, arg, ctype);
  if (t == napi_null) {
    *out = NULL;
    return true;
  }
  if (t == napi_string) {
    size_t len;
    napi_get_value_string_utf8(env, v, NULL, 0, &len);
    char *buf = len < sizeof tmp->stack ? tmp->stack : (tmp->cffi_heap = malloc(len + 1));
    if (!buf) {
      napi_throw_error(env, NULL, "out of memory");
      return false;
    }
    napi_get_value_string_utf8(env, v, buf, len + 1, &len);
    *out = buf;
    return true;
  }
  if (t == napi_object) {
    bool is;
    size_t len;
    if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
      napi_typedarray_type tt;
      napi_value ab;
      size_t off;
      napi_get_typedarray_info(env, v, &tt, &len, out, &ab, &off);
      return true;
    }
    if (napi_is_dataview(env, v, &is) == napi_ok && is) {
      napi_value ab;
      size_t off;
      napi_get_dataview_info(env, v, &len, out, &ab, &off);
      return true;
    }
    if (napi_is_arraybuffer(env, v, &is) == napi_ok && is) {
      napi_get_arraybuffer_info(env, v, out, &len);
      return true;
    }
  }
  return cffi_throw(env, false, fn, arg, ctype, "must be a pointer, a string, a Buffer/TypedArray/ArrayBuffer or null");
}

/* The fast path, one call each: a pointer's BigInt address or a Buffer/TypedArray. `buffer_first`
 * (a constant at each call site) asks for the likelier one first: a Buffer for `char *`. */
static inline bool cffi_get_bytes_as(bool buffer_first, napi_env env, napi_value v, void **out, cffi_tmp *tmp,
                                     const char *fn, const char *arg, const char *ctype) {
  napi_typedarray_type tt;
  napi_value ab;
  size_t len, off;
  uint64_t a;
  bool lossless;
  tmp->cffi_heap = NULL;
  if (buffer_first && napi_get_typedarray_info(env, v, &tt, &len, out, &ab, &off) == napi_ok) return true;
  if (napi_get_value_bigint_uint64(env, v, &a, &lossless) == napi_ok) {
    if (!lossless) return cffi_throw(env, true, fn, arg, ctype, "is not an address (negative or beyond 64 bits)");
    *out = (void *)(uintptr_t)a;
    return true;
  }
  if (!buffer_first && napi_get_typedarray_info(env, v, &tt, &len, out, &ab, &off) == napi_ok) return true;
  return cffi_get_bytes_slow(env, v, out, tmp, fn, arg, ctype);
}
#define cffi_get_bytes(...) cffi_get_bytes_as(false, __VA_ARGS__)
#define cffi_get_buffer(...) cffi_get_bytes_as(true, __VA_ARGS__)

static inline void cffi_free_tmp(cffi_tmp *tmp) {
  if (tmp->cffi_heap) free(tmp->cffi_heap);
}

#endif
