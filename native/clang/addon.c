/*
 * The Node-API module: `parse(options)` and `evaluate(options)`, each returning a tape that
 * native/decode.js turns into the tree of native/index.d.ts. Reads and checks the options (a wrong
 * type is a TypeError, never a crash), creates the translation unit, hands it to the walk and
 * disposes everything.
 */
#define _POSIX_C_SOURCE 200809L /* access() */
#include "cffi-clang.h"
#include "libclang-surface.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Taking each listed function's address makes a name libclang does not declare a compile error. */
#define CFFI_SURFACE_ADDRESS(fn, why) (void (*)(void))fn,
__attribute__((used)) static void (*const libclang_surface[])(void) = {CFFI_LIBCLANG_SURFACE(CFFI_SURFACE_ADDRESS)};

/* CXTranslationUnit_KeepGoing: a missing #include or a bad line does not stop the walk. */
#define CFFI_KEEP_GOING 0x200
/*
 * No CXTranslationUnit_SkipFunctionBodies for parse(): libclang 14 then reports a skipped
 * `static inline` body as no definition at all, and RawFunction.definition needs it.
 */
/* CXTranslationUnit_IncludeAttributedTypes: keeps `_Nonnull`/`_Nullable` in type spellings (parse/type.ts). */
#define CFFI_ATTRIBUTED_TYPES 0x1000
#define PARSE_FLAGS (CXTranslationUnit_DetailedPreprocessingRecord | CFFI_KEEP_GOING | CFFI_ATTRIBUTED_TYPES)
#define EVALUATE_FLAGS (CXTranslationUnit_SkipFunctionBodies | CFFI_KEEP_GOING)

typedef struct {
  char *file;
  char **args;
  uint32_t nargs;
  struct CXUnsavedFile *unsaved;
  uint32_t nunsaved;
} Options;

static void options_free(Options *o) {
  free(o->file);
  for (uint32_t i = 0; i < o->nargs; i++) free(o->args[i]);
  free(o->args);
  for (uint32_t i = 0; i < o->nunsaved; i++) {
    free((char *)o->unsaved[i].Filename);
    free((char *)o->unsaved[i].Contents);
  }
  free(o->unsaved);
  memset(o, 0, sizeof *o);
}

static bool type_error(napi_env env, const char *fn, const char *what) {
  char msg[256];
  snprintf(msg, sizeof msg, "cffi-import: %s(options): %s", fn, what);
  napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg);
  return false;
}

static bool is_type(napi_env env, napi_value v, napi_valuetype want) {
  napi_valuetype t;
  return napi_typeof(env, v, &t) == napi_ok && t == want;
}

/* A malloc'd copy of a JS string; false (with no exception) when `v` is not a string. */
static bool copy_string(napi_env env, napi_value v, char **out, size_t *length) {
  size_t n = 0;
  if (!is_type(env, v, napi_string) || napi_get_value_string_utf8(env, v, NULL, 0, &n) != napi_ok) return false;
  *out = malloc(n + 1);
  if (!*out) return false;
  napi_get_value_string_utf8(env, v, *out, n + 1, &n);
  if (length) *length = n;
  return true;
}

/* Reads obj[name]; false when the getter threw. */
static bool get(napi_env env, napi_value obj, const char *name, napi_value *out) {
  return napi_get_named_property(env, obj, name, out) == napi_ok;
}

static bool read_array(napi_env env, napi_value v, uint32_t *length) {
  bool is_array = false;
  return napi_is_array(env, v, &is_array) == napi_ok && is_array && napi_get_array_length(env, v, length) == napi_ok;
}

static bool read_args(napi_env env, const char *fn, napi_value list, Options *o) {
  if (is_type(env, list, napi_undefined)) return true;
  uint32_t n = 0;
  if (!read_array(env, list, &n)) return type_error(env, fn, "options.args must be an array of strings");
  o->args = calloc(n ? n : 1, sizeof *o->args);
  if (!o->args) return type_error(env, fn, "out of memory");
  for (uint32_t i = 0; i < n; i++) {
    napi_value item;
    if (napi_get_element(env, list, i, &item) != napi_ok) return false;
    if (!copy_string(env, item, &o->args[i], NULL))
      return type_error(env, fn, "options.args must be an array of strings");
    o->nargs = i + 1;
  }
  return true;
}

static bool read_unsaved(napi_env env, const char *fn, napi_value list, Options *o) {
  if (is_type(env, list, napi_undefined)) return true;
  const char *what = "options.unsaved must be an array of { file: string, contents: string }";
  uint32_t n = 0;
  if (!read_array(env, list, &n)) return type_error(env, fn, what);
  o->unsaved = calloc(n ? n : 1, sizeof *o->unsaved);
  if (!o->unsaved) return type_error(env, fn, "out of memory");
  for (uint32_t i = 0; i < n; i++) {
    napi_value item, file, contents;
    if (napi_get_element(env, list, i, &item) != napi_ok) return false;
    if (!is_type(env, item, napi_object)) return type_error(env, fn, what);
    if (!get(env, item, "file", &file) || !get(env, item, "contents", &contents)) return false;
    char *name = NULL, *text = NULL;
    size_t length = 0;
    if (!copy_string(env, file, &name, NULL) || !copy_string(env, contents, &text, &length)) {
      free(name);
      return type_error(env, fn, what);
    }
    o->unsaved[i].Filename = name;
    o->unsaved[i].Contents = text;
    o->unsaved[i].Length = (unsigned long)length;
    o->nunsaved = i + 1;
  }
  return true;
}

static bool read_options(napi_env env, napi_callback_info info, const char *fn, Options *o) {
  memset(o, 0, sizeof *o);
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
  if (argc < 1 || !is_type(env, argv[0], napi_object))
    return type_error(env, fn, "options must be an object { file, args, unsaved? }");
  napi_value file, args, unsaved;
  if (!get(env, argv[0], "file", &file) || !get(env, argv[0], "args", &args) ||
      !get(env, argv[0], "unsaved", &unsaved))
    return false;
  if (!copy_string(env, file, &o->file, NULL)) return type_error(env, fn, "options.file must be a string");
  return read_args(env, fn, args, o) && read_unsaved(env, fn, unsaved, o);
}

static const char *error_code_name(enum CXErrorCode e) {
  switch (e) {
  case CXError_Failure: return "CXError_Failure";
  case CXError_Crashed: return "CXError_Crashed";
  case CXError_InvalidArguments: return "CXError_InvalidArguments";
  case CXError_ASTReadError: return "CXError_ASTReadError";
  default: return "CXError_Unknown";
  }
}

static bool is_unsaved(const Options *o, const char *file) {
  for (uint32_t i = 0; i < o->nunsaved; i++)
    if (strcmp(o->unsaved[i].Filename, file) == 0) return true;
  return false;
}

static void throw_parse_error(napi_env env, enum CXErrorCode e, const Options *o) {
  char msg[1024];
  if (!is_unsaved(o, o->file) && access(o->file, R_OK) != 0)
    snprintf(msg, sizeof msg, "cffi-import: cannot read %s: %s (libclang: %s)", o->file, strerror(errno),
             error_code_name(e));
  else
    snprintf(msg, sizeof msg, "cffi-import: libclang could not parse %s (%s, code %d)", o->file, error_code_name(e),
             (int)e);
  napi_throw_error(env, error_code_name(e), msg);
}

typedef void (*TapeWriter)(Walk *w, const char *main_file);

static void write_tree(Walk *w, const char *main_file) {
  write_translation_unit(w, main_file);
}

static void write_values(Walk *w, const char *main_file) {
  (void)main_file;
  write_evaluation(w);
}

static napi_value run(napi_env env, napi_callback_info info, const char *fn, unsigned flags, TapeWriter write) {
  Options o;
  if (!read_options(env, info, fn, &o)) {
    options_free(&o);
    return NULL;
  }
  CXIndex index = clang_createIndex(0, 0);
  CXTranslationUnit tu = NULL;
  enum CXErrorCode e = clang_parseTranslationUnit2(index, o.file, (const char *const *)o.args, (int)o.nargs,
                                                   o.unsaved, o.nunsaved, flags, &tu);
  napi_value result = NULL;
  if (e != CXError_Success || !tu) {
    throw_parse_error(env, e, &o);
  } else {
    Walk w;
    walk_init(&w, env, tu);
    write(&w, o.file);
    result = walk_finish(&w);
    walk_free(&w);
    clang_disposeTranslationUnit(tu);
  }
  clang_disposeIndex(index);
  options_free(&o);
  return result;
}

static napi_value parse(napi_env env, napi_callback_info info) {
  return run(env, info, "parse", PARSE_FLAGS, write_tree);
}

static napi_value evaluate(napi_env env, napi_callback_info info) {
  return run(env, info, "evaluate", EVALUATE_FLAGS, write_values);
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
    {"parse", NULL, parse, NULL, NULL, NULL, napi_enumerable, NULL},
    {"evaluate", NULL, evaluate, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
  return exports;
}
