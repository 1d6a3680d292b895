/* The "object crosses, C reads its fields" candidate with cached string keys. Stable Node-API in
 * Node 20 only lets napi_ref hold objects, functions and Symbols, so caching the "_a"/"_t" string
 * keys needs NAPI_EXPERIMENTAL (node_api_create_property_key_utf8 + references to any value).
 * Built as its own addon so the experimental module version does not leak into glue.c. */
#define NAPI_EXPERIMENTAL
#include <node_api.h>
#include <stdint.h>

#include "../fixtures/bench.h"

static struct {
  napi_ref key_a, key_t, t_point;
} K;

static napi_value fail(napi_env env, const char *what) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", what);
  return NULL;
}

#define TRY(call)                                                                  \
  do {                                                                             \
    if ((call) != napi_ok) return fail(env, #call);                                \
  } while (0)

static napi_value read_addr(napi_env env, napi_value obj, void **out) {
  napi_value key, a;
  uint64_t v;
  bool lossless;
  TRY(napi_get_reference_value(env, K.key_a, &key));
  TRY(napi_get_property(env, obj, key, &a));
  if (napi_get_value_bigint_uint64(env, a, &v, &lossless) != napi_ok || !lossless)
    return fail(env, "expected a pointer");
  *out = (void *)(uintptr_t)v;
  return obj;
}

static napi_value ptr_id_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  TRY(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  void *p;
  if (!read_addr(env, argv[0], &p)) return NULL;
  void *q = ptr_id(p);
  if (!q) TRY(napi_get_null(env, &r));
  else TRY(napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)q, &r));
  return r;
}

static napi_value point_x_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], key, t, want, r;
  TRY(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  bool same = false;
  TRY(napi_get_reference_value(env, K.key_t, &key));
  TRY(napi_get_property(env, argv[0], key, &t));
  TRY(napi_get_reference_value(env, K.t_point, &want));
  TRY(napi_strict_equals(env, t, want, &same));
  if (!same) return fail(env, "point_x(): argument 1 'p' must be a 'struct point *'");
  void *p;
  if (!read_addr(env, argv[0], &p)) return NULL;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

/* setup(T_point) */
static napi_value setup(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], ka, kt;
  TRY(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  TRY(node_api_create_property_key_utf8(env, "_a", 2, &ka));
  TRY(node_api_create_property_key_utf8(env, "_t", 2, &kt));
  TRY(napi_create_reference(env, ka, 1, &K.key_a));
  TRY(napi_create_reference(env, kt, 1, &K.key_t));
  TRY(napi_create_reference(env, argv[0], 1, &K.t_point));
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"ptr_id_key", NULL, ptr_id_key, NULL, NULL, NULL, napi_default, NULL},
      {"point_x_key", NULL, point_x_key, NULL, NULL, NULL, napi_default, NULL},
      {"setup", NULL, setup, NULL, NULL, NULL, napi_default, NULL},
  };
  TRY(napi_define_properties(env, exports, sizeof props / sizeof props[0], props));
  return exports;
}
