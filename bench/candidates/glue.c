/* Trampolines shaped like the ones cffi-import would generate for bench.h, one variant per
 * candidate representation. The helpers at the top play the part of src/runtime/cffi*.h: the
 * conversions live once, each trampoline is per-declaration glue. Unlike the hand-written addon,
 * every integer is range-checked and every pointer is typed, because the generated module must be
 * safe whatever JS passes in.
 *
 * Pointer representations exercised here:
 *   - BigInt address, unwrapped from a typed pointer object by a JS wrapper (ptr_id, point_x);
 *   - the object itself, whose `_a`/`_t` properties C reads (…_prop), or Symbol-keyed
 *     properties with the keys held in napi_refs (…_sym; stable Node-API allows refs to Symbols);
 *   - an object carrying a C struct via napi_wrap (…_unwrap).
 * The experimental cached-string-key variant is in glue-keys.c. */
#include <math.h>
#include <node_api.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../fixtures/bench.h"

/* ------------------------------------------------------------------ runtime-header part */

#define TRY(call)                                                                  \
  do {                                                                             \
    if ((call) != napi_ok) return ffi_fail(env, #call);                            \
  } while (0)

#define ARGS(n)                                                                    \
  size_t argc = (n);                                                               \
  napi_value argv[(n) > 0 ? (n) : 1];                                              \
  TRY(napi_get_cb_info(env, info, &argc, argv, NULL, NULL))

static napi_value ffi_fail(napi_env env, const char *what) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, what);
  return NULL;
}

static const char *ffi_typeof_name(napi_env env, napi_value v) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok) return "unknown";
  static const char *names[] = {"undefined", "null",     "boolean", "number", "string",
                                "symbol",    "object",   "function", "external", "bigint"};
  return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "unknown";
}

/* Error path only: a wrong JS type. Clears the pending exception a failed napi call may leave. */
static void ffi_type_error_impl(napi_env env, napi_value v, const char *fn, int i,
                                const char *name, const char *want) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) {
    napi_value ignored;
    napi_get_and_clear_last_exception(env, &ignored);
  }
  char msg[256];
  snprintf(msg, sizeof msg, "%s(): argument %d '%s' must be %s, not %s", fn, i, name, want,
           ffi_typeof_name(env, v));
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
}

static void ffi_range_error_impl(napi_env env, const char *fn, int i, const char *name,
                                 const char *ctype, const char *value) {
  char msg[256];
  snprintf(msg, sizeof msg, "%s(): argument %d '%s' = %s does not fit '%s'", fn, i, name, value,
           ctype);
  napi_throw_range_error(env, "ERR_OUT_OF_RANGE", msg);
}

static void ffi_range_error_d_impl(napi_env env, const char *fn, int i, const char *name,
                                   const char *ctype, double d) {
  char value[64];
  if (isnan(d)) snprintf(value, sizeof value, "NaN");
  else snprintf(value, sizeof value, "%.17g", d);
  ffi_range_error_impl(env, fn, i, name, ctype, value);
}

/* The throwers stay out of line; these inline shims tell the compiler the result is false. */
#define ffi_type_error(...) (ffi_type_error_impl(__VA_ARGS__), false)
#define ffi_range_error(...) (ffi_range_error_impl(__VA_ARGS__), false)
#define ffi_range_error_d(...) (ffi_range_error_d_impl(__VA_ARGS__), false)

/* Candidate a1: one napi_get_value_double, integral and range test in C. A BigInt is accepted on
 * the slow path (napi_get_value_double refuses it), so exact 64-bit callers cost nothing here. */
static inline bool ffi_arg_int(napi_env env, napi_value v, const char *fn, int i,
                               const char *name, int *out) {
  double d;
  if (napi_get_value_double(env, v, &d) == napi_ok) {
    if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int)d) {
      *out = (int)d;
      return true;
    }
    return ffi_range_error_d(env, fn, i, name, "int", d);
  }
  int64_t b;
  bool lossless;
  if (napi_get_value_bigint_int64(env, v, &b, &lossless) == napi_ok) {
    if (lossless && b >= INT32_MIN && b <= INT32_MAX) {
      *out = (int)b;
      return true;
    }
    return ffi_range_error(env, fn, i, name, "int", "(bigint)");
  }
  return ffi_type_error(env, v, fn, i, name, "a number");
}

/* int64_t: a Number must be a safe integer (so never rounded), otherwise a BigInt is exact. */
static inline bool ffi_arg_i64(napi_env env, napi_value v, const char *fn, int i,
                               const char *name, int64_t *out) {
  double d;
  if (napi_get_value_double(env, v, &d) == napi_ok) {
    if (d >= -9007199254740991.0 && d <= 9007199254740991.0 && d == (double)(int64_t)d) {
      *out = (int64_t)d;
      return true;
    }
    return ffi_range_error_d(env, fn, i, name, "int64_t (as a Number; pass a BigInt)", d);
  }
  bool lossless;
  if (napi_get_value_bigint_int64(env, v, out, &lossless) == napi_ok) {
    if (lossless) return true;
    return ffi_range_error(env, fn, i, name, "int64_t", "(bigint)");
  }
  return ffi_type_error(env, v, fn, i, name, "a number or a bigint");
}

/* Return side of int64_t: a Number while it is exact, a BigInt beyond 2**53. */
static inline napi_status ffi_ret_i64(napi_env env, int64_t r, napi_value *out) {
  if (r >= -9007199254740991LL && r <= 9007199254740991LL)
    return napi_create_double(env, (double)r, out);
  return napi_create_bigint_int64(env, r, out);
}

/* A pointer argument that a JS wrapper has already reduced to a BigInt address (or null). */
static inline bool ffi_arg_addr(napi_env env, napi_value v, const char *fn, int i,
                                const char *name, void **out) {
  uint64_t a;
  bool lossless;
  if (napi_get_value_bigint_uint64(env, v, &a, &lossless) == napi_ok && lossless) {
    *out = (void *)(uintptr_t)a;
    return true;
  }
  napi_valuetype t;
  if (napi_typeof(env, v, &t) == napi_ok && t == napi_null) {
    *out = NULL;
    return true;
  }
  return ffi_type_error(env, v, fn, i, name, "a pointer");
}

/* A returned pointer: null for NULL, else the BigInt address the JS wrapper wraps. */
static inline napi_status ffi_ret_addr(napi_env env, const void *p, napi_value *out) {
  if (!p) return napi_get_null(env, out);
  return napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)p, out);
}

/* State the runtime hands over once: the JS pointer class, type descriptors, Symbol keys. */
static struct {
  napi_ref ptr_class, t_void, t_point, sym_a, sym_t, wptr_class;
} S;

enum { TYPE_VOID = 1, TYPE_POINT = 2 };
/* What napi_wrap hangs on a pointer object in the unwrap candidate. */
struct wrapped {
  void *addr;
  int type;
};

/* ------------------------------------------------------------------ per-declaration glue */

/* a1: double + checks in C. */
static napi_value add_d(napi_env env, napi_callback_info info) {
  ARGS(2);
  int a, b;
  if (!ffi_arg_int(env, argv[0], "add", 1, "a", &a)) return NULL;
  if (!ffi_arg_int(env, argv[1], "add", 2, "b", &b)) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, add(a, b), &r));
  return r;
}

/* a2: napi_typeof + napi_get_value_int32. Type-checks only: int32 already truncates 1.5 and wraps
 * 2**32, so this cannot detect out-of-range values without a further call. */
static napi_value add_ti(napi_env env, napi_callback_info info) {
  ARGS(2);
  napi_valuetype ta, tb;
  TRY(napi_typeof(env, argv[0], &ta));
  if (ta != napi_number) return (ffi_type_error_impl(env, argv[0], "add", 1, "a", "a number"), NULL);
  int32_t a, b;
  TRY(napi_get_value_int32(env, argv[0], &a));
  TRY(napi_typeof(env, argv[1], &tb));
  if (tb != napi_number) return (ffi_type_error_impl(env, argv[1], "add", 2, "b", "a number"), NULL);
  TRY(napi_get_value_int32(env, argv[1], &b));
  napi_value r;
  TRY(napi_create_int32(env, add(a, b), &r));
  return r;
}

/* a3: napi_get_value_int32 + napi_get_value_double to prove it was exact (full check, 2 calls). */
static napi_value add_id(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t a, b;
  double da, db;
  if (napi_get_value_int32(env, argv[0], &a) != napi_ok)
    return (ffi_type_error_impl(env, argv[0], "add", 1, "a", "a number"), NULL);
  TRY(napi_get_value_double(env, argv[0], &da));
  if (da != a) return (ffi_range_error_d_impl(env, "add", 1, "a", "int", da), NULL);
  if (napi_get_value_int32(env, argv[1], &b) != napi_ok)
    return (ffi_type_error_impl(env, argv[1], "add", 2, "b", "a number"), NULL);
  TRY(napi_get_value_double(env, argv[1], &db));
  if (db != b) return (ffi_range_error_d_impl(env, "add", 2, "b", "int", db), NULL);
  napi_value r;
  TRY(napi_create_int32(env, add(a, b), &r));
  return r;
}

/* a4: the C half of "check in a JS wrapper": int32 only, the wrapper has proved the range. */
static napi_value add_i(napi_env env, napi_callback_info info) {
  ARGS(2);
  int32_t a, b;
  TRY(napi_get_value_int32(env, argv[0], &a));
  TRY(napi_get_value_int32(env, argv[1], &b));
  napi_value r;
  TRY(napi_create_int32(env, add(a, b), &r));
  return r;
}

static napi_value g_hyp(napi_env env, napi_callback_info info) {
  ARGS(2);
  double a, b;
  if (napi_get_value_double(env, argv[0], &a) != napi_ok)
    return (ffi_type_error_impl(env, argv[0], "hyp", 1, "a", "a number"), NULL);
  if (napi_get_value_double(env, argv[1], &b) != napi_ok)
    return (ffi_type_error_impl(env, argv[1], "hyp", 2, "b", "a number"), NULL);
  napi_value r;
  TRY(napi_create_double(env, hyp(a, b), &r));
  return r;
}

/* int64 in as Number-or-BigInt, out as Number while exact, else BigInt. */
static napi_value add64_n(napi_env env, napi_callback_info info) {
  ARGS(2);
  int64_t a, b;
  if (!ffi_arg_i64(env, argv[0], "add64", 1, "a", &a)) return NULL;
  if (!ffi_arg_i64(env, argv[1], "add64", 2, "b", &b)) return NULL;
  napi_value r;
  TRY(ffi_ret_i64(env, add64(a, b), &r));
  return r;
}

/* int64 in as Number-or-BigInt, out always as BigInt. */
static napi_value add64_b(napi_env env, napi_callback_info info) {
  ARGS(2);
  int64_t a, b;
  if (!ffi_arg_i64(env, argv[0], "add64", 1, "a", &a)) return NULL;
  if (!ffi_arg_i64(env, argv[1], "add64", 2, "b", &b)) return NULL;
  napi_value r;
  TRY(napi_create_bigint_int64(env, add64(a, b), &r));
  return r;
}

/* `const uint8_t *` accepts a TypedArray/Buffer (tried first), an ArrayBuffer, a BigInt address
 * (a JS wrapper's unwrapped typed pointer) or null. The length cannot be checked: C says none. */
static napi_value g_sum64(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *data = NULL;
  size_t length;
  napi_typedarray_type type;
  if (napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL) != napi_ok &&
      napi_get_arraybuffer_info(env, argv[0], &data, &length) != napi_ok &&
      !ffi_arg_addr(env, argv[0], "sum64", 1, "p", &data))
    return NULL;
  napi_value r;
  TRY(napi_create_int32(env, sum64(data), &r));
  return r;
}

static napi_value g_ptr_id(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!ffi_arg_addr(env, argv[0], "ptr_id", 1, "p", &p)) return NULL;
  napi_value r;
  TRY(ffi_ret_addr(env, ptr_id(p), &r));
  return r;
}

static napi_value g_point_x(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!ffi_arg_addr(env, argv[0], "point_x", 1, "p", &p)) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

/* The object crosses; C reads p._a by name (an internalised-string lookup per call). */
static bool obj_addr_prop(napi_env env, napi_value obj, const char *fn, void **out) {
  napi_value a;
  if (napi_get_named_property(env, obj, "_a", &a) != napi_ok)
    return ffi_type_error(env, obj, fn, 1, "p", "a pointer");
  return ffi_arg_addr(env, a, fn, 1, "p", out);
}

static napi_value ptr_id_prop(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!obj_addr_prop(env, argv[0], "ptr_id", &p)) return NULL;
  napi_value r;
  TRY(ffi_ret_addr(env, ptr_id(p), &r));
  return r;
}

/* The type check done in C too: p._t must be the struct point descriptor. */
static napi_value point_x_prop(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value t, want;
  bool same = false;
  if (napi_get_named_property(env, argv[0], "_t", &t) != napi_ok)
    return (ffi_type_error_impl(env, argv[0], "point_x", 1, "p", "a pointer"), NULL);
  TRY(napi_get_reference_value(env, S.t_point, &want));
  TRY(napi_strict_equals(env, t, want, &same));
  if (!same)
    return (ffi_type_error_impl(env, argv[0], "point_x", 1, "p", "a 'struct point *'"), NULL);
  void *p;
  if (!obj_addr_prop(env, argv[0], "point_x", &p)) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

/* Symbol-keyed fields, keys held in napi_refs (allowed for Symbols on stable Node-API). */
static bool obj_addr_sym(napi_env env, napi_value obj, const char *fn, void **out) {
  napi_value key, a;
  if (napi_get_reference_value(env, S.sym_a, &key) != napi_ok ||
      napi_get_property(env, obj, key, &a) != napi_ok)
    return ffi_type_error(env, obj, fn, 1, "p", "a pointer");
  return ffi_arg_addr(env, a, fn, 1, "p", out);
}

static napi_value ptr_id_sym(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!obj_addr_sym(env, argv[0], "ptr_id", &p)) return NULL;
  napi_value r;
  TRY(ffi_ret_addr(env, ptr_id(p), &r));
  return r;
}

static napi_value point_x_sym(napi_env env, napi_callback_info info) {
  ARGS(1);
  napi_value key, t, want;
  bool same = false;
  TRY(napi_get_reference_value(env, S.sym_t, &key));
  if (napi_get_property(env, argv[0], key, &t) != napi_ok)
    return (ffi_type_error_impl(env, argv[0], "point_x", 1, "p", "a pointer"), NULL);
  TRY(napi_get_reference_value(env, S.t_point, &want));
  TRY(napi_strict_equals(env, t, want, &same));
  if (!same)
    return (ffi_type_error_impl(env, argv[0], "point_x", 1, "p", "a 'struct point *'"), NULL);
  void *p;
  if (!obj_addr_sym(env, argv[0], "point_x", &p)) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

/* napi_wrap'ed pointer objects: one napi_unwrap gives address and type. */
static napi_value wptr_ctor(napi_env env, napi_callback_info info) {
  napi_value self;
  TRY(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  return self;
}

static void wrapped_free(node_api_basic_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
}

static napi_value new_wrapped(napi_env env, void *addr, int type) {
  napi_value ctor, obj;
  TRY(napi_get_reference_value(env, S.wptr_class, &ctor));
  TRY(napi_new_instance(env, ctor, 0, NULL, &obj));
  struct wrapped *w = malloc(sizeof *w);
  if (!w) return ffi_fail(env, "out of memory");
  w->addr = addr;
  w->type = type;
  TRY(napi_wrap(env, obj, w, wrapped_free, NULL, NULL));
  return obj;
}

static bool obj_unwrap(napi_env env, napi_value obj, const char *fn, int type, void **out) {
  struct wrapped *w;
  if (napi_unwrap(env, obj, (void **)&w) != napi_ok || (type && w->type != type))
    return ffi_type_error(env, obj, fn, 1, "p", type ? "a 'struct point *'" : "a pointer");
  *out = w->addr;
  return true;
}

static napi_value ptr_id_unwrap(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!obj_unwrap(env, argv[0], "ptr_id", 0, &p)) return NULL;
  napi_value r;
  TRY(ffi_ret_addr(env, ptr_id(p), &r));
  return r;
}

/* Returned pointer created in C as a wrapped object (the full cost of that representation). */
static napi_value ptr_id_unwrap_new(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!obj_unwrap(env, argv[0], "ptr_id", 0, &p)) return NULL;
  void *r = ptr_id(p);
  if (!r) {
    napi_value n;
    TRY(napi_get_null(env, &n));
    return n;
  }
  return new_wrapped(env, r, TYPE_VOID);
}

static napi_value point_x_unwrap(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!obj_unwrap(env, argv[0], "point_x", TYPE_POINT, &p)) return NULL;
  napi_value r;
  TRY(napi_create_int32(env, point_x(p), &r));
  return r;
}

/* Returned pointer created in C as an instance of the JS pointer class (napi_new_instance). */
static napi_value ptr_id_new(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *p;
  if (!ffi_arg_addr(env, argv[0], "ptr_id", 1, "p", &p)) return NULL;
  void *r = ptr_id(p);
  napi_value args[3], ctor, obj;
  if (!r) {
    TRY(napi_get_null(env, &obj));
    return obj;
  }
  TRY(napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)r, &args[0]));
  TRY(napi_get_reference_value(env, S.t_void, &args[1]));
  TRY(napi_get_undefined(env, &args[2]));
  TRY(napi_get_reference_value(env, S.ptr_class, &ctor));
  TRY(napi_new_instance(env, ctor, 3, args, &obj));
  return obj;
}

/* ------------------------------------------------------------------ memory */

static napi_value g_address(napi_env env, napi_callback_info info) {
  ARGS(1);
  void *data;
  size_t length;
  TRY(napi_get_arraybuffer_info(env, argv[0], &data, &length));
  napi_value r;
  TRY(napi_create_bigint_uint64(env, (uint64_t)(uintptr_t)data, &r));
  return r;
}

/* ffi.new's other candidate: calloc + an external ArrayBuffer whose finalizer frees it. Node 20
 * already reports the size to V8 (process.memoryUsage().external), so no
 * napi_adjust_external_memory; the finalizer runs on a later turn of the event loop, not in GC. */
static void block_free(node_api_basic_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
}

static napi_value malloc_ab(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t size;
  TRY(napi_get_value_uint32(env, argv[0], &size));
  void *p = calloc(1, size ? size : 1);
  if (!p) return ffi_fail(env, "out of memory");
  napi_value r;
  if (napi_create_external_arraybuffer(env, p, size, block_free, NULL, &r) != napi_ok) {
    free(p);
    return ffi_fail(env, "napi_create_external_arraybuffer failed");
  }
  return r;
}

/* view(address, size): an ArrayBuffer over C memory someone else owns (no finalizer). */
static napi_value g_view(napi_env env, napi_callback_info info) {
  ARGS(2);
  void *p;
  uint32_t size;
  if (!ffi_arg_addr(env, argv[0], "view", 1, "address", &p)) return NULL;
  TRY(napi_get_value_uint32(env, argv[1], &size));
  napi_value r;
  TRY(napi_create_external_arraybuffer(env, p, size, NULL, NULL, &r));
  return r;
}

static napi_value g_detach(napi_env env, napi_callback_info info) {
  ARGS(1);
  TRY(napi_detach_arraybuffer(env, argv[0]));
  return NULL;
}

/* How many malloc_ab blocks have been freed so far: shows when the finalizers really run. */
static size_t freed_blocks;
static void counted_free(node_api_basic_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
  freed_blocks++;
}

static napi_value malloc_ab_counted(napi_env env, napi_callback_info info) {
  ARGS(1);
  uint32_t size;
  TRY(napi_get_value_uint32(env, argv[0], &size));
  void *p = calloc(1, size ? size : 1);
  napi_value r;
  TRY(napi_create_external_arraybuffer(env, p, size, counted_free, NULL, &r));
  return r;
}

static napi_value freed_count(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  TRY(napi_create_double(env, (double)freed_blocks, &r));
  return r;
}

/* ------------------------------------------------------------------ C→C floor */

static volatile int sink_i;
static volatile double sink_d;
static void *volatile sink_p;

/* floor(kind, n, buf): n direct C calls of one bench.h function (through the PLT, as any caller
 * of a shared library does). Timed by the JS harness; the one N-API call is amortised over n. */
static napi_value c_floor(napi_env env, napi_callback_info info) {
  ARGS(3);
  int32_t kind;
  int64_t n;
  TRY(napi_get_value_int32(env, argv[0], &kind));
  TRY(napi_get_value_int64(env, argv[1], &n));
  void *buf = NULL;
  size_t len;
  TRY(napi_get_arraybuffer_info(env, argv[2], &buf, &len));
  int acc = 0;
  double accd = 0;
  for (int64_t i = 0; i < n; i++) {
    switch (kind) {
      case 0: acc += add((int)i, 2); break;
      case 1: accd += hyp((double)i, 2.0); break;
      case 2: sink_p = ptr_id(buf); break;
      case 3: acc += sum64(buf); break;
      case 4: acc += point_x(buf); break;
      case 5: acc += (int)add64(i, 2); break;
    }
  }
  sink_i = acc;
  sink_d = accd;
  return NULL;
}

/* ------------------------------------------------------------------ setup */

/* setup({ Ptr, T_void, T_point, symA, symT }) */
static napi_value g_setup(napi_env env, napi_callback_info info) {
  ARGS(1);
  static const char *names[] = {"Ptr", "T_void", "T_point", "symA", "symT"};
  napi_ref *refs[] = {&S.ptr_class, &S.t_void, &S.t_point, &S.sym_a, &S.sym_t};
  for (int i = 0; i < 5; i++) {
    napi_value v;
    TRY(napi_get_named_property(env, argv[0], names[i], &v));
    TRY(napi_create_reference(env, v, 1, refs[i]));
  }
  return NULL;
}

/* wrap(address, type): a napi_wrap'ed pointer object, type 1 = void, 2 = struct point. */
static napi_value g_wrap(napi_env env, napi_callback_info info) {
  ARGS(2);
  void *p;
  int32_t type;
  if (!ffi_arg_addr(env, argv[0], "wrap", 1, "address", &p)) return NULL;
  TRY(napi_get_value_int32(env, argv[1], &type));
  return new_wrapped(env, p, type);
}

NAPI_MODULE_INIT() {
  static const struct {
    const char *name;
    napi_callback cb;
  } fns[] = {
      {"add_d", add_d},
      {"add_ti", add_ti},
      {"add_id", add_id},
      {"add_i", add_i},
      {"hyp", g_hyp},
      {"add64_n", add64_n},
      {"add64_b", add64_b},
      {"sum64", g_sum64},
      {"ptr_id", g_ptr_id},
      {"ptr_id_prop", ptr_id_prop},
      {"ptr_id_sym", ptr_id_sym},
      {"ptr_id_unwrap", ptr_id_unwrap},
      {"ptr_id_unwrap_new", ptr_id_unwrap_new},
      {"ptr_id_new", ptr_id_new},
      {"point_x", g_point_x},
      {"point_x_prop", point_x_prop},
      {"point_x_sym", point_x_sym},
      {"point_x_unwrap", point_x_unwrap},
      {"address", g_address},
      {"malloc_ab", malloc_ab},
      {"malloc_ab_counted", malloc_ab_counted},
      {"freed_count", freed_count},
      {"view", g_view},
      {"detach", g_detach},
      {"floor", c_floor},
      {"setup", g_setup},
      {"wrap", g_wrap},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    napi_value f;
    TRY(napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].cb, NULL, &f));
    TRY(napi_set_named_property(env, exports, fns[i].name, f));
  }
  napi_value wptr;
  TRY(napi_define_class(env, "WrappedPtr", NAPI_AUTO_LENGTH, wptr_ctor, NULL, 0, NULL, &wptr));
  TRY(napi_create_reference(env, wptr, 1, &S.wptr_class));
  TRY(napi_set_named_property(env, exports, "WrappedPtr", wptr));
  return exports;
}
