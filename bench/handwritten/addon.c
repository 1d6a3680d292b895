/* The Node-API addon a careful human would write by hand for bench.h: the reference every
 * generated candidate is measured against. Each wrapper checks the status of every call (a wrong
 * JS type becomes a TypeError) but does only the checks a human writing for one library would:
 * napi_get_value_int32 truncates 1.5 and wraps 2**32, exactly as most hand-written addons do. */
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>

#include "../fixtures/bench.h"

#define TRY(call)                                                                  \
  do {                                                                             \
    if ((call) != napi_ok) {                                                       \
      bool pending_ = false;                                                       \
      napi_is_exception_pending(env, &pending_);                                   \
      if (!pending_) napi_throw_type_error(env, NULL, #call " failed");            \
      return NULL;                                                                 \
    }                                                                              \
  } while (0)

#define ARGS(n)                                                                    \
  size_t argc = (n);                                                               \
  napi_value argv[(n) > 0 ? (n) : 1];                                              \
  TRY(napi_get_cb_info(env, info, &argc, argv, NULL, NULL))

static void *bigint_ptr(napi_env env, napi_value v, bool *ok) {
  uint64_t a = 0;
  bool lossless = false;
  *ok = napi_get_value_bigint_uint64(env, v, &a, &lossless) == napi_ok && lossless;
  if (!*ok) napi_throw_type_error(env, NULL, "expected a BigInt address");
  return (void *)(uintptr_t)a;
}

static napi_value js_add(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t a, b;
  TRY(napi_get_value_int32(env, argv[0], &a));
  TRY(napi_get_value_int32(env, argv[1], &b));
  napi_value r;
  TRY(napi_create_int32(env, add(a, b), &r));
  return r;
}

static napi_value js_hyp(napi_env env, napi_callback_info info) {
  ARGS(2);
  double a, b;
  TRY(napi_get_value_double(env, argv[0], &a));
  TRY(napi_get_value_double(env, argv[1], &b));
  napi_value r;
  TRY(napi_create_double(env, hyp(a, b), &r));
  return r;
}

/* int64 as Number both ways (what most addons do; rounds beyond 2**53). */
static napi_value js_add64(napi_env env, napi_callback_info info) {
  ARGS(2);
  int64_t a, b;
  TRY(napi_get_value_int64(env, argv[0], &a));
  TRY(napi_get_value_int64(env, argv[1], &b));
  napi_value r;
  TRY(napi_create_int64(env, add64(a, b), &r));
  return r;
}

/* int64 as BigInt both ways (exact). */
static napi_value js_add64_big(napi_env env, napi_callback_info info) {
  ARGS(2);
  int64_t a, b;
  bool la, lb;
  TRY(napi_get_value_bigint_int64(env, argv[0], &a, &la));
  TRY(napi_get_value_bigint_int64(env, argv[1], &b, &lb));
  if (!la || !lb) {
    napi_throw_range_error(env, NULL, "add64: argument does not fit int64_t");
    return NULL;
  }
  napi_value r;
  TRY(napi_create_bigint_int64(env, add64(a, b), &r));
  return r;
}

static napi_value js_ptr_id(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool ok;
  void *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  napi_value r;
  TRY(napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)ptr_id(p), &r));
  return r;
}

static napi_value js_ptr_id_num(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t a;
  TRY(napi_get_value_int64(env, argv[0], &a));
  napi_value r;
  TRY(napi_create_int64(env, (int64_t)(uintptr_t)ptr_id((void *)(uintptr_t)a), &r));
  return r;
}

static napi_value js_ptr_id_ext(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  TRY(napi_get_value_external(env, argv[0], &p));
  napi_value r;
  TRY(napi_create_external(env, ptr_id(p), NULL, NULL, &r));
  return r;
}

/* Setup helper: an napi_external holding the given BigInt address. */
static napi_value js_external(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool ok;
  void *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  napi_value r;
  TRY(napi_create_external(env, p, NULL, NULL, &r));
  return r;
}

static napi_value js_sum64(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_typedarray_type type;
  size_t length;
  void *data;
  TRY(napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL));
  if (type != napi_uint8_array || length < 64) {
    napi_throw_type_error(env, NULL, "sum64: expected a Uint8Array of at least 64 bytes");
    return NULL;
  }
  napi_value r;
  TRY(napi_create_int32(env, sum64(data), &r));
  return r;
}

static napi_value js_point_x(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool ok;
  const struct point *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

static napi_value js_point_x_num(napi_env env, napi_callback_info info) {
  ARGS(1);
  int64_t a;
  TRY(napi_get_value_int64(env, argv[0], &a));
  napi_value r;
  TRY(napi_create_int32(env, point_x((const struct point *)(uintptr_t)a), &r));
  return r;
}

static napi_value js_point_x_ext(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  TRY(napi_get_value_external(env, argv[0], &p));
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

static napi_value js_point_get_x(napi_env env, napi_callback_info info) {
  ARGS(1);
  bool ok;
  struct point *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, p->x, &r));
  return r;
}

static napi_value js_point_set_x(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool ok;
  struct point *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  int32_t v;
  TRY(napi_get_value_int32(env, argv[1], &v));
  p->x = v;
  return NULL;
}

static napi_value js_alloc(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t size;
  TRY(napi_get_value_uint32(env, argv[0], &size));
  void *data;
  napi_value r;
  TRY(napi_create_arraybuffer(env, size, &data, &r));
  return r;
}

static napi_value js_address(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *data;
  size_t length;
  TRY(napi_get_arraybuffer_info(env, argv[0], &data, &length));
  napi_value r;
  TRY(napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)data, &r));
  return r;
}

/* An ArrayBuffer over C memory the caller keeps alive; no finalizer. */
static napi_value js_view(napi_env env, napi_callback_info info) {
  ARGS(2);
  bool ok;
  void *p = bigint_ptr(env, argv[0], &ok);
  if (!ok) return NULL;
  uint32_t size;
  TRY(napi_get_value_uint32(env, argv[1], &size));
  napi_value r;
  TRY(napi_create_external_arraybuffer(env, p, size, NULL, NULL, &r));
  return r;
}

NAPI_MODULE_INIT() {
  static const struct {
    const char *name;
    napi_callback cb;
  } fns[] = {
      {"add", js_add},
      {"hyp", js_hyp},
      {"add64", js_add64},
      {"add64_big", js_add64_big},
      {"ptr_id", js_ptr_id},
      {"ptr_id_num", js_ptr_id_num},
      {"ptr_id_ext", js_ptr_id_ext},
      {"external", js_external},
      {"sum64", js_sum64},
      {"point_x", js_point_x},
      {"point_x_num", js_point_x_num},
      {"point_x_ext", js_point_x_ext},
      {"point_get_x", js_point_get_x},
      {"point_set_x", js_point_set_x},
      {"alloc", js_alloc},
      {"address", js_address},
      {"view", js_view},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    napi_value f;
    TRY(napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].cb, NULL, &f));
    TRY(napi_set_named_property(env, exports, fns[i].name, f));
  }
  return exports;
}
