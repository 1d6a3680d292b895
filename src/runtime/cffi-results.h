/*
 * cffi-results.h — part of the cffi-import C runtime (included by cffi.h): C results as JS values.
 * 64-bit integers become BigInts (exact); pointers become BigInt addresses that the JS wrapper
 * turns into typed pointers; `const char *` becomes a string (null for NULL).
 */
#ifndef CFFI_IMPORT_RESULTS_H
#define CFFI_IMPORT_RESULTS_H

static inline napi_value cffi_from_i32(napi_env env, int32_t x) {
  napi_value r;
  napi_create_int32(env, x, &r);
  return r;
}
static inline napi_value cffi_from_u32(napi_env env, uint32_t x) {
  napi_value r;
  napi_create_uint32(env, x, &r);
  return r;
}
static inline napi_value cffi_from_i64(napi_env env, int64_t x) {
  napi_value r;
  napi_create_bigint_int64(env, x, &r);
  return r;
}
static inline napi_value cffi_from_u64(napi_env env, uint64_t x) {
  napi_value r;
  napi_create_bigint_uint64(env, x, &r);
  return r;
}
static inline napi_value cffi_from_f64(napi_env env, double x) {
  napi_value r;
  napi_create_double(env, x, &r);
  return r;
}
static inline napi_value cffi_from_bool(napi_env env, bool x) {
  napi_value r;
  napi_get_boolean(env, x, &r);
  return r;
}
static inline napi_value cffi_from_ptr(napi_env env, const void *p) {
  napi_value r;
  napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)p, &r);
  return r;
}
/* A pointer result: null for NULL (JS compares that by identity, cheaper than a BigInt 0n). */
static inline napi_value cffi_from_result_ptr(napi_env env, const void *p) {
  napi_value r;
  if (p) return cffi_from_ptr(env, p);
  napi_get_null(env, &r);
  return r;
}
static inline napi_value cffi_from_void(napi_env env) {
  napi_value r;
  napi_get_undefined(env, &r);
  return r;
}
static inline napi_value cffi_from_string(napi_env env, const char *s) {
  napi_value r;
  if (s) napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &r);
  else napi_get_null(env, &r);
  return r;
}

/* A struct or union result: a copy in a new ArrayBuffer, which JS wraps as an owned view. */
static inline napi_value cffi_from_struct(napi_env env, const void *p, size_t n) {
  napi_value r;
  void *data;
  if (napi_create_arraybuffer(env, n, &data, &r) != napi_ok) return NULL;
  memcpy(data, p, n);
  return r;
}

#endif
