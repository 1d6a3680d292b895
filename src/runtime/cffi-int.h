/*
 * cffi-int.h — part of the cffi-import C runtime (included by cffi.h): integer and floating
 * arguments, range-checked. One getter per integer code of primitives.cts (`cffi_get_<code>`);
 * spec/runtime-natives.spec checks that the two agree.
 */
#ifndef CFFI_IMPORT_INT_H
#define CFFI_IMPORT_INT_H

/* The value a typed scalar (`ffi.cast('int', 5)`, vararg.cts) holds under `$scalar`: such an object
 * goes wherever its value may. Only reached on the slow paths, after a Number was not found. */
static CFFI_COLD bool cffi_scalar_value(napi_env env, napi_value v, napi_value *inner) {
  napi_valuetype t;
  napi_value key;
  bool has;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_object) return false;
  /* an own property only: `Object.prototype.$scalar = 5` must not turn every object into 5 */
  if (napi_create_string_utf8(env, "$scalar", NAPI_AUTO_LENGTH, &key) != napi_ok) return false;
  if (napi_has_own_property(env, v, key, &has) != napi_ok || !has) return false;
  return napi_get_named_property(env, v, "$scalar", inner) == napi_ok;
}

/* Any integer argument up to 64 bits, range-checked: a Number that is an integer (safe for
 * 64-bit types) or a BigInt that fits exactly; also the error messages. The slow path of the
 * getters below, kept out of line so that their fast path stays a few instructions. */
static CFFI_COLD bool cffi_get_int(napi_env env, napi_value v, int64_t min, uint64_t max, bool is_signed, int bits,
                                   const char *fn, const char *arg, const char *ctype, uint64_t *out) {
  double d;
  napi_status s = napi_get_value_double(env, v, &d);
  if (s == napi_ok) {
    if (d != d || d != trunc(d)) return cffi_throw(env, true, fn, arg, ctype, "is not an integer");
    if (bits == 64 && fabs(d) > 9007199254740991.0)
      return cffi_throw(env, true, fn, arg, ctype, "is beyond 2^53 and may have been rounded; pass a BigInt");
    if (is_signed ? (d < (double)min || d > (double)(int64_t)max) : (d < 0 || d > (double)max))
      return cffi_throw(env, true, fn, arg, ctype, "is out of range");
    *out = is_signed ? (uint64_t)(int64_t)d : (uint64_t)d;
    return true;
  }
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t == napi_bigint) {
    bool lossless;
    if (is_signed) {
      int64_t x;
      napi_get_value_bigint_int64(env, v, &x, &lossless);
      if (!lossless || x < min || x > (int64_t)max) return cffi_throw(env, true, fn, arg, ctype, "is out of range");
      *out = (uint64_t)x;
    } else {
      uint64_t x;
      napi_get_value_bigint_uint64(env, v, &x, &lossless);
      if (!lossless || x > max) return cffi_throw(env, true, fn, arg, ctype, "is out of range");
      *out = x;
    }
    return true;
  }
  if (t == napi_boolean && bits == 1) {
    bool b;
    napi_get_value_bool(env, v, &b);
    *out = b;
    return true;
  }
  napi_value inner;
  if (cffi_scalar_value(env, v, &inner)) {
    napi_valuetype it;
    napi_typeof(env, inner, &it);
    bool b;
    /* a cast `_Bool` is 0 or 1 to any integer parameter, as C converts it */
    if (it == napi_boolean && napi_get_value_bool(env, inner, &b) == napi_ok) return (*out = b), true;
    return cffi_get_int(env, inner, min, max, is_signed, bits, fn, arg, ctype, out);
  }
  return cffi_throw(env, false, fn, arg, ctype,
                    t == napi_undefined ? "is missing (undefined)" : "must be a number or a BigInt");
}

/* The fast path: one napi_get_value_double and two comparisons; anything else (BigInt, errors)
 * goes through cffi_get_int. The range is exact in a double for every type here, and
 * `d == (double)(T)d` rejects fractions (a double in range converts without undefined behaviour). */
#define CFFI_INT_GETTER(NAME, CT, MIN, MAX, SIGNED, BITS, LO, HI)                                            \
  static inline bool NAME(napi_env env, napi_value v, CT *out, const char *fn, const char *arg,            \
                          const char *ctype) {                                                             \
    double d;                                                                                              \
    if (napi_get_value_double(env, v, &d) == napi_ok && d >= (LO) && d <= (HI) && d == (double)(CT)d) {    \
      *out = (CT)d;                                                                                        \
      return true;                                                                                         \
    }                                                                                                      \
    uint64_t u;                                                                                            \
    if (!cffi_get_int(env, v, (int64_t)(MIN), (uint64_t)(MAX), SIGNED, BITS, fn, arg, ctype, &u)) return false; \
    *out = (CT)u;                                                                                          \
    return true;                                                                                           \
  }
CFFI_INT_GETTER(cffi_get_i8, int8_t, INT8_MIN, INT8_MAX, true, 8, -128.0, 127.0)
CFFI_INT_GETTER(cffi_get_u8, uint8_t, 0, UINT8_MAX, false, 8, 0.0, 255.0)
CFFI_INT_GETTER(cffi_get_i16, int16_t, INT16_MIN, INT16_MAX, true, 16, -32768.0, 32767.0)
CFFI_INT_GETTER(cffi_get_u16, uint16_t, 0, UINT16_MAX, false, 16, 0.0, 65535.0)
CFFI_INT_GETTER(cffi_get_i32, int32_t, INT32_MIN, INT32_MAX, true, 32, -2147483648.0, 2147483647.0)
CFFI_INT_GETTER(cffi_get_u32, uint32_t, 0, UINT32_MAX, false, 32, 0.0, 4294967295.0)
CFFI_INT_GETTER(cffi_get_i64, int64_t, INT64_MIN, INT64_MAX, true, 64, -9007199254740991.0, 9007199254740991.0)
CFFI_INT_GETTER(cffi_get_u64, uint64_t, 0, UINT64_MAX, false, 64, 0.0, 9007199254740991.0)
CFFI_INT_GETTER(cffi_get_bool, uint8_t, 0, 1, false, 1, 0.0, 1.0)

/* float and double arguments: a Number. */
static inline bool cffi_get_f64(napi_env env, napi_value v, double *out, const char *fn, const char *arg,
                                const char *ctype) {
  if (napi_get_value_double(env, v, out) == napi_ok) return true;
  napi_value inner;
  if (cffi_scalar_value(env, v, &inner) && napi_get_value_double(env, inner, out) == napi_ok) return true;
  return cffi_throw(env, false, fn, arg, ctype, "must be a number");
}

#endif
