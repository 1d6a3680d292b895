/*
 * cffi-wide.h — part of the cffi-import C runtime (included by cffi.h): the scalars wider than a
 * JS number's exact range and the 64-bit Node-API calls. `__int128` and `unsigned __int128` cross
 * as BigInts, exactly, through napi's BigInt words (two 64-bit words, least significant first);
 * `long double` is read and written in C for the runtime ($ldRead/$ldWrite); `_Complex` values
 * cross as `{ re, im }`.
 */
#ifndef CFFI_IMPORT_WIDE_H
#define CFFI_IMPORT_WIDE_H

/* Any 128-bit integer argument, range-checked: a Number only when it is a safe integer (a larger one
 * may already have been rounded), a BigInt when it fits. `*out` holds the value's two's complement. */
static CFFI_COLD bool cffi_get_int128(napi_env env, napi_value v, bool is_signed, const char *fn, const char *arg,
                                      const char *ctype, unsigned __int128 *out) {
  double d;
  if (napi_get_value_double(env, v, &d) == napi_ok) {
    if (d != d || d != trunc(d)) return cffi_throw(env, true, fn, arg, ctype, "is not an integer");
    if (fabs(d) > 9007199254740991.0)
      return cffi_throw(env, true, fn, arg, ctype, "is beyond 2^53 and may have been rounded; pass a BigInt");
    if (!is_signed && d < 0) return cffi_throw(env, true, fn, arg, ctype, "is out of range");
    *out = (unsigned __int128)(__int128)(int64_t)d;
    return true;
  }
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t == napi_bigint) {
    int sign = 0;
    size_t count = 0;
    uint64_t words[2] = {0, 0};
    /* the word count first (Node-API wants both sign and words NULL for that), then the words */
    napi_get_value_bigint_words(env, v, NULL, &count, NULL);
    if (count > 2) return cffi_throw(env, true, fn, arg, ctype, "is out of range");
    count = 2;
    napi_get_value_bigint_words(env, v, &sign, &count, words);
    unsigned __int128 mag = ((unsigned __int128)words[1] << 64) | words[0];
    unsigned __int128 top = (unsigned __int128)1 << 127; /* |INT128_MIN| */
    bool fits = !is_signed ? !sign || mag == 0 : sign ? mag <= top : mag < top;
    if (!fits) return cffi_throw(env, true, fn, arg, ctype, "is out of range");
    *out = sign ? -mag : mag;
    return true;
  }
  napi_value inner;
  if (cffi_scalar_value(env, v, &inner)) return cffi_get_int128(env, inner, is_signed, fn, arg, ctype, out);
  return cffi_throw(env, false, fn, arg, ctype,
                    t == napi_undefined ? "is missing (undefined)" : "must be a number or a BigInt");
}

/* `__int128` arguments (the getter of integer code i128, primitives.cts). */
static inline bool cffi_get_i128(napi_env env, napi_value v, __int128 *out, const char *fn, const char *arg,
                                 const char *ctype) {
  unsigned __int128 u;
  if (!cffi_get_int128(env, v, true, fn, arg, ctype, &u)) return false;
  *out = (__int128)u;
  return true;
}

/* `unsigned __int128` arguments (integer code u128). */
static inline bool cffi_get_u128(napi_env env, napi_value v, unsigned __int128 *out, const char *fn,
                                 const char *arg, const char *ctype) {
  return cffi_get_int128(env, v, false, fn, arg, ctype, out);
}

/* A 128-bit result as a BigInt: its magnitude in two words and the sign. */
static inline napi_value cffi_from_i128(napi_env env, __int128 x) {
  unsigned __int128 mag = x < 0 ? -(unsigned __int128)x : (unsigned __int128)x;
  uint64_t words[2] = {(uint64_t)mag, (uint64_t)(mag >> 64)};
  napi_value r;
  napi_create_bigint_words(env, x < 0, 2, words, &r);
  return r;
}
static inline napi_value cffi_from_u128(napi_env env, unsigned __int128 x) {
  uint64_t words[2] = {(uint64_t)x, (uint64_t)(x >> 64)};
  napi_value r;
  napi_create_bigint_words(env, 0, 2, words, &r);
  return r;
}

/* A `_Complex float/double` argument: an object with numbers `re` and `im` (a plain object, or any
 * with those properties), into `parts` (C99 lays a complex out as its two parts). */
static CFFI_COLD bool cffi_get_complex(napi_env env, napi_value v, double parts[2], const char *fn,
                                       const char *arg, const char *ctype) {
  napi_valuetype t;
  napi_value re, im;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_object || napi_get_named_property(env, v, "re", &re) != napi_ok ||
      napi_get_named_property(env, v, "im", &im) != napi_ok || napi_get_value_double(env, re, &parts[0]) != napi_ok ||
      napi_get_value_double(env, im, &parts[1]) != napi_ok)
    return cffi_throw(env, false, fn, arg, ctype,
                      t == napi_undefined ? "is missing (undefined)" : "must be an object { re, im } of numbers");
  return true;
}

/* The complex whose parts are `parts` (a `_Complex float` parameter takes it rounded, as C converts). */
static inline _Complex double cffi_complex(const double parts[2]) {
  _Complex double z;
  memcpy(&z, parts, sizeof z);
  return z;
}

/* A complex result as `{ re, im }` (a `_Complex float` widens exactly). */
static inline napi_value cffi_from_complex(napi_env env, _Complex double z) {
  double parts[2];
  napi_value r, re, im;
  memcpy(parts, &z, sizeof parts);
  napi_create_object(env, &r);
  napi_create_double(env, parts[0], &re);
  napi_create_double(env, parts[1], &im);
  napi_set_named_property(env, r, "re", re);
  napi_set_named_property(env, r, "im", im);
  return r;
}

/* The long double at byte `argv[1]` of the DataView `argv[0]` (the runtime's field and element
 * accessors, which have checked the offset against the view's type). NULL with an exception set. */
static char *cffi_long_double_at(napi_env env, napi_value *argv) {
  size_t len;
  void *data;
  uint32_t off;
  if (napi_get_dataview_info(env, argv[0], &len, &data, NULL, NULL) != napi_ok) {
    napi_throw_type_error(env, NULL, "long double access: expected a DataView");
    return NULL;
  }
  if (!cffi_get_u32(env, argv[1], &off, "long double access", "offset", "size_t")) return NULL;
  if ((size_t)off + sizeof(long double) > len) {
    napi_throw_range_error(env, NULL, "long double access: offset beyond the view");
    return NULL;
  }
  return (char *)data + off;
}

#endif
