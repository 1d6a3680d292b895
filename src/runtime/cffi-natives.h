/*
 * cffi-natives.h — part of the cffi-import C runtime (included by cffi.h): the functions the JS
 * runtime calls ($address, $view, ...), registered on every module beside its trampolines. The
 * JS side names them in native.cts (NATIVE_FUNCTIONS); spec/runtime-natives.spec checks that the
 * table in cffi_register and that list agree.
 */
#ifndef CFFI_IMPORT_NATIVES_H
#define CFFI_IMPORT_NATIVES_H

static napi_value cffi_rt_address(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  void *p;
  cffi_tmp tmp;
  if (!cffi_args(env, info, 1, argv, "$address")) return NULL;
  if (!cffi_get_bytes(env, argv[0], &p, &tmp, "$address", "buffer", "void *")) return NULL;
  return cffi_from_ptr(env, p);
}

static napi_value cffi_rt_view(napi_env env, napi_callback_info info) {
  napi_value argv[2], r;
  void *p;
  uint32_t n;
  if (!cffi_args(env, info, 2, argv, "$view")) return NULL;
  if (!cffi_get_ptr(env, argv[0], &p, "$view", "addr", "void *")) return NULL;
  if (!cffi_get_u32(env, argv[1], &n, "$view", "size", "size_t")) return NULL;
  if (!p) {
    napi_throw_type_error(env, NULL, "cannot dereference null pointer");
    return NULL;
  }
  if (napi_create_external_arraybuffer(env, p, n, NULL, NULL, &r) != napi_ok) {
    napi_throw_error(env, NULL, "cannot make a view over C memory (this runtime forbids external ArrayBuffers)");
    return NULL;
  }
  return r;
}

static napi_value cffi_rt_string(napi_env env, napi_callback_info info) {
  napi_value argv[2], r;
  void *p;
  int64_t max;
  if (!cffi_args(env, info, 2, argv, "$string")) return NULL;
  if (!cffi_get_ptr(env, argv[0], &p, "$string", "addr", "char *")) return NULL;
  if (!cffi_get_i64(env, argv[1], &max, "$string", "max", "ssize_t")) return NULL;
  if (!p) {
    napi_throw_type_error(env, NULL, "cannot read a string from a null pointer");
    return NULL;
  }
  size_t len = max < 0 ? strlen((const char *)p) : strnlen((const char *)p, (size_t)max);
  napi_create_string_utf8(env, (const char *)p, len, &r);
  return r;
}

static napi_value cffi_rt_memmove(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  void *d, *s;
  uint64_t n;
  if (!cffi_args(env, info, 3, argv, "$memmove")) return NULL;
  if (!cffi_get_ptr(env, argv[0], &d, "ffi.memmove", "dst", "void *")) return NULL;
  if (!cffi_get_ptr(env, argv[1], &s, "ffi.memmove", "src", "void *")) return NULL;
  if (!cffi_get_u64(env, argv[2], &n, "ffi.memmove", "n", "size_t")) return NULL;
  if (n && (!d || !s)) {
    napi_throw_type_error(env, NULL, "ffi.memmove: null pointer");
    return NULL;
  }
  memmove(d, s, (size_t)n);
  return cffi_from_void(env);
}

static napi_value cffi_rt_detach(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!cffi_args(env, info, 1, argv, "$detach")) return NULL;
  if (napi_detach_arraybuffer(env, argv[0]) != napi_ok) {
    napi_throw_error(env, NULL, "ffi.release: the memory cannot be detached");
    return NULL;
  }
  return cffi_from_void(env);
}

static napi_value cffi_rt_errno(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc == 1) {
    int32_t v;
    if (!cffi_get_i32(env, argv[0], &v, "ffi.errno", "value", "int")) return NULL;
    *cffi_errno_at(env) = v;
  }
  return cffi_from_i32(env, *cffi_errno_at(env));
}

/* $share(block?): adopts the environment's shared block (a napi_external from the first module's
 * $share, published by shared.cts), or makes one when given none; returns the one in use. */
static void cffi_shared_free(napi_env env, void *data, void *hint) {
  (void)env, (void)hint;
  free(data);
}
static napi_value cffi_rt_share(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], r;
  napi_valuetype t = napi_undefined;
  cffi_shared *s = NULL;
  bool tagged = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  if (argc == 1) napi_typeof(env, argv[0], &t);
  if (t == napi_external) {
    if (napi_check_object_type_tag(env, argv[0], &cffi_shared_tag, &tagged) != napi_ok || !tagged) {
      napi_throw_type_error(env, NULL, "$share: not the shared block of a cffi-import runtime of this ABI");
      return NULL;
    }
    napi_get_value_external(env, argv[0], (void **)&s);
    r = argv[0];
  } else {
    if (!(s = malloc(sizeof *s))) {
      napi_throw_error(env, NULL, "out of memory");
      return NULL;
    }
    s->abi = CFFI_SHARED_ABI;
    s->last_errno = *cffi_errno_at(env);
    if (napi_create_external(env, s, cffi_shared_free, NULL, &r) != napi_ok ||
        napi_type_tag_object(env, r, &cffi_shared_tag) != napi_ok)
      return NULL;
  }
  cffi_errno_use(env, &s->last_errno);
  return r;
}

/* $ldRead(dv, offset): the long double there, rounded to a double; $ldWrite(dv, offset, v) stores one. */
static napi_value cffi_rt_ldRead(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  char *p;
  long double x; /* memcpy: the view's bytes need not be aligned for a long double */
  if (!cffi_args(env, info, 2, argv, "$ldRead") || !(p = cffi_long_double_at(env, argv))) return NULL;
  memcpy(&x, p, sizeof x);
  return cffi_from_f64(env, (double)x);
}
static napi_value cffi_rt_ldWrite(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  char *p;
  double v;
  if (!cffi_args(env, info, 3, argv, "$ldWrite") || !(p = cffi_long_double_at(env, argv))) return NULL;
  if (!cffi_get_f64(env, argv[2], &v, "$ldWrite", "value", "long double")) return NULL;
  long double x = v;
  memcpy(p, &x, sizeof x);
  return cffi_from_void(env);
}

/* $cbClose(slot): closes a callback (cffi-callback.h); C calling it afterwards gets zero. */
static napi_value cffi_rt_cbClose(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  cffi_cb_slot *s;
  if (!cffi_args(env, info, 1, argv, "$cbClose")) return NULL;
  if (napi_get_value_external(env, argv[0], (void **)&s) != napi_ok) {
    napi_throw_type_error(env, NULL, "$cbClose: not a callback");
    return NULL;
  }
  cffi_cb_close(env, s);
  return cffi_from_void(env);
}

/* One exported function. */
typedef struct {
  const char *name;
  napi_callback fn;
} cffi_export;

/* Registers `n` functions on `exports` (a large module calls it once per C file: hbs/c/module.hbs). */
static napi_value cffi_register_fns(napi_env env, napi_value exports, const cffi_export *fns, size_t n) {
  for (size_t i = 0; i < n; i++) {
    napi_value f;
    if (napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].fn, NULL, &f) != napi_ok) return NULL;
    if (napi_set_named_property(env, exports, fns[i].name, f) != napi_ok) return NULL;
  }
  return exports;
}

/* Registers the runtime functions and the module's trampolines on `exports`. */
static napi_value cffi_register(napi_env env, napi_value exports, const cffi_export *fns, size_t n) {
  static const cffi_export rt[] = {
    {"$address", cffi_rt_address}, {"$view", cffi_rt_view},     {"$string", cffi_rt_string},
    {"$memmove", cffi_rt_memmove}, {"$detach", cffi_rt_detach}, {"$errno", cffi_rt_errno},
    {"$ldRead", cffi_rt_ldRead},   {"$ldWrite", cffi_rt_ldWrite}, {"$share", cffi_rt_share},
    {"$cbClose", cffi_rt_cbClose},
  };
  cffi_errno_init(env);
  if (!cffi_register_fns(env, exports, rt, sizeof rt / sizeof rt[0])) return NULL;
  return cffi_register_fns(env, exports, fns, n);
}

#endif
