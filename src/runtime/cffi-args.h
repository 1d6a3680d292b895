/*
 * cffi-args.h — part of the cffi-import C runtime (included by cffi.h): the errors every
 * conversion throws, and the argument count check each trampoline starts with.
 */
#ifndef CFFI_IMPORT_ARGS_H
#define CFFI_IMPORT_ARGS_H

/* Throws a TypeError or RangeError "fn(): argument 'name' ..." and returns false. */
static CFFI_COLD bool cffi_throw(napi_env env, bool range, const char *fn, const char *arg, const char *ctype,
                                 const char *what) {
  char msg[512];
  snprintf(msg, sizeof msg, "%s(): argument '%s' %s (C type '%s')", fn, arg, what, ctype);
  if (range) napi_throw_range_error(env, NULL, msg);
  else napi_throw_type_error(env, NULL, msg);
  return false;
}

/* A function the headers declare but the linked libraries do not define (see CI021). */
static CFFI_COLD napi_value cffi_missing(napi_env env, const char *fn) {
  char msg[512];
  snprintf(msg, sizeof msg,
           "%s() is declared in the headers but not defined by the linked libraries"
           " (this build of the library leaves it out)",
           fn);
  napi_throw_error(env, "CFFI_MISSING_SYMBOL", msg);
  return NULL;
}

static CFFI_COLD bool cffi_arity_error(napi_env env, size_t want, size_t argc, const char *fn) {
  char msg[256];
  snprintf(msg, sizeof msg, "%s() takes %zu argument%s, got %zu", fn, want, want == 1 ? "" : "s", argc);
  napi_throw_type_error(env, NULL, msg);
  return false;
}

/* Checks the argument count; extra or missing arguments are a TypeError naming the function. */
static inline bool cffi_args(napi_env env, napi_callback_info info, size_t want, napi_value *argv, const char *fn) {
  size_t argc = want;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
  return argc == want || cffi_arity_error(env, want, argc, fn);
}

#endif
