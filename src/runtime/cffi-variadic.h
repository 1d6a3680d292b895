/*
 * cffi-variadic.h — part of the cffi-import C runtime: calls of variadic functions (`printf(fmt,
 * ...)`) through libffi (Debian's libffi-dev; the module links -lffi). cffi.h includes it only in
 * a module that defines CFFI_LIBFFI (one that has a variadic function): others need neither ffi.h
 * nor libffi.
 * The JS half (vararg.cts) checks each extra argument and passes it as a [kind, value] pair, kinds
 * already promoted as C promotes them (float → double, narrow integers → int).
 */
#ifndef CFFI_IMPORT_VARIADIC_H
#define CFFI_IMPORT_VARIADIC_H

#include <ffi.h>

/* C's minimum limit of arguments in one call (C99 5.2.4.1), and the most one call here takes. */
#define CFFI_VA_MAX 127

/* The kinds of packed extras: VA_KINDS in vararg.cts, in the same order. */
enum { CFFI_VA_INT, CFFI_VA_UINT, CFFI_VA_LONG, CFFI_VA_ULONG, CFFI_VA_DOUBLE, CFFI_VA_POINTER, CFFI_VA_STRING };

/* The libffi type of a fixed argument or result, chosen by the compiler from the C type itself
 * (an enum matches its compatible integer type; pointers are the default: records by value and
 * types without a libffi twin never reach a variadic call, the passes skip them with CI010). */
#define CFFI_FFI_TYPE(x)                                                                                     \
  _Generic((x),                                                                                              \
      _Bool: &ffi_type_uint8, char: ((char)-1 < 0 ? &ffi_type_sint8 : &ffi_type_uint8),                     \
      signed char: &ffi_type_sint8, unsigned char: &ffi_type_uint8, short: &ffi_type_sshort,                 \
      unsigned short: &ffi_type_ushort, int: &ffi_type_sint, unsigned int: &ffi_type_uint,                   \
      long: &ffi_type_slong, unsigned long: &ffi_type_ulong, long long: &ffi_type_sint64,                    \
      unsigned long long: &ffi_type_uint64, float: &ffi_type_float, double: &ffi_type_double,               \
      default: &ffi_type_pointer)

/* Where libffi writes a result: integers narrower than a register come back widened to ffi_arg. */
typedef union {
  ffi_arg cffi_i;
  float cffi_f;
  double cffi_d;
} cffi_va_result;

/* The result as the C type of `r`, read from `rv`. */
#define CFFI_VA_RESULT(r, rv) \
  _Generic((r), float: (rv).cffi_f, double: (rv).cffi_d, default: (__typeof__(r))(rv).cffi_i)

typedef union {
  int i;
  unsigned int u;
  long l;
  unsigned long ul;
  double d;
  void *p;
} cffi_va_value;

/* One call's arguments: fixed ones first (set by the trampoline), then the extras. Strings are
 * copied into `arena` when they fit, else into memory freed after the call (`owned`). */
typedef struct {
  unsigned cffi_nfixed, cffi_n, cffi_nowned;
  size_t cffi_used;
  ffi_type *cffi_types[CFFI_VA_MAX];
  void *cffi_argp[CFFI_VA_MAX];
  cffi_va_value values[CFFI_VA_MAX];
  char *owned[CFFI_VA_MAX];
  char cffi_arena[512];
} cffi_va;

/* What must be set before the first `goto done` of a trampoline (cffi_va_free reads it). */
#define CFFI_VA_START(va) ((va).cffi_nowned = 0, (va).cffi_used = 0)

static inline void cffi_va_free(cffi_va *va) {
  for (unsigned i = 0; i < va->cffi_nowned; i++) free(va->owned[i]);
}

/* A string extra: NUL-terminated UTF-8, valid for the call. */
static bool cffi_va_string(napi_env env, napi_value v, cffi_va *va, void **out) {
  size_t len;
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) return false;
  char *buf;
  if (len < sizeof va->cffi_arena - va->cffi_used) {
    buf = va->cffi_arena + va->cffi_used;
    va->cffi_used += len + 1;
  } else if ((buf = malloc(len + 1)) != NULL) {
    va->owned[va->cffi_nowned++] = buf;
  } else {
    napi_throw_error(env, NULL, "out of memory");
    return false;
  }
  napi_get_value_string_utf8(env, v, buf, len + 1, &len);
  *out = buf;
  return true;
}

/* The arguments of a variadic trampoline: the `nfixed` fixed ones (missing ones arrive as
 * undefined, which their conversions reject by name), then a [kind, value] pair per extra. */
static inline bool cffi_va_args(napi_env env, napi_callback_info info, size_t nfixed, napi_value *argv, size_t *argc,
                                const char *fn) {
  size_t cap = nfixed + 2 * CFFI_VA_MAX;
  *argc = cap;
  if (napi_get_cb_info(env, info, argc, argv, NULL, NULL) != napi_ok) return false;
  if (*argc <= cap && (*argc < nfixed || (*argc - nfixed) % 2 == 0)) {
    if (*argc < nfixed) *argc = nfixed;
    return true;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "%s(): more arguments than the %d that one C call takes", fn, CFFI_VA_MAX);
  napi_throw_range_error(env, NULL, msg);
  return false;
}

/* Converts the extras (`count` values: [kind, value] pairs from vararg.cts) after `nfixed` fixed
 * arguments: each value by its kind, with the checks of the getters of the same C type. */
static bool cffi_va_get(napi_env env, const napi_value *extras, size_t count, cffi_va *va, unsigned nfixed,
                        const char *fn) {
  va->cffi_nfixed = nfixed;
  va->cffi_n = nfixed + (unsigned)(count / 2);
  if (va->cffi_n > CFFI_VA_MAX) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s(): %u arguments exceed the %d that one C call takes", fn, va->cffi_n, CFFI_VA_MAX);
    napi_throw_range_error(env, NULL, msg);
    return false;
  }
  for (unsigned k = nfixed, i = 0; k < va->cffi_n; k++, i += 2) {
    napi_value v = extras[i + 1];
    int32_t kind = -1;
    cffi_va_value *x = &va->values[k];
    bool ok;
    napi_get_value_int32(env, extras[i], &kind);
    switch (kind) {
    case CFFI_VA_INT: {
      int32_t n;
      ok = cffi_get_i32(env, v, &n, fn, "...", "int");
      x->i = n;
      va->cffi_types[k] = &ffi_type_sint;
      break;
    }
    case CFFI_VA_UINT: {
      uint32_t n;
      ok = cffi_get_u32(env, v, &n, fn, "...", "unsigned int");
      x->u = n;
      va->cffi_types[k] = &ffi_type_uint;
      break;
    }
    case CFFI_VA_LONG: {
      int64_t n;
      ok = cffi_get_i64(env, v, &n, fn, "...", "long");
      x->l = (long)n;
      va->cffi_types[k] = &ffi_type_slong;
      break;
    }
    case CFFI_VA_ULONG: {
      uint64_t n;
      ok = cffi_get_u64(env, v, &n, fn, "...", "unsigned long");
      x->ul = (unsigned long)n;
      va->cffi_types[k] = &ffi_type_ulong;
      break;
    }
    case CFFI_VA_DOUBLE:
      ok = cffi_get_f64(env, v, &x->d, fn, "...", "double");
      va->cffi_types[k] = &ffi_type_double;
      break;
    case CFFI_VA_POINTER:
      ok = cffi_get_ptr(env, v, &x->p, fn, "...", "void *");
      va->cffi_types[k] = &ffi_type_pointer;
      break;
    case CFFI_VA_STRING:
      ok = cffi_va_string(env, v, va, &x->p);
      va->cffi_types[k] = &ffi_type_pointer;
      break;
    default:
      napi_throw_type_error(env, NULL, "internal: an unknown kind of variadic argument");
      return false;
    }
    if (!ok) return false;
    va->cffi_argp[k] = x;
  }
  return true;
}

/* Prepares the call interface: `nfixed` fixed arguments, as ffi_prep_cif_var requires. */
static bool cffi_va_prep(napi_env env, cffi_va *va, ffi_cif *cif, ffi_type *result, const char *fn) {
  if (ffi_prep_cif_var(cif, FFI_DEFAULT_ABI, va->cffi_nfixed, va->cffi_n, result, va->cffi_types) == FFI_OK)
    return true;
  char msg[256];
  snprintf(msg, sizeof msg, "%s(): libffi cannot prepare this call", fn);
  napi_throw_error(env, NULL, msg);
  return false;
}

#endif
