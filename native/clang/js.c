/*
 * Helpers that build JS values for the tree. A failed napi call marks the walk failed; later calls
 * keep going harmlessly (napi rejects NULL values) and walk_finish() reports the failure once.
 */
#include "cffi-clang.h"

#include <stdlib.h>
#include <string.h>

static const char *const atom_text[A_COUNT] = {
#define CFFI_ATOM_TEXT(ident, text) text,
  CFFI_ATOMS(CFFI_ATOM_TEXT)
#undef CFFI_ATOM_TEXT
};

bool js_ok(Walk *w, napi_status status) {
  if (status == napi_ok) return true;
  w->failed = true;
  return false;
}

napi_value js_atom(Walk *w, Atom a) {
  if (!w->atoms[a]) {
    napi_value v = NULL;
    if (js_ok(w, napi_create_string_utf8(w->env, atom_text[a], NAPI_AUTO_LENGTH, &v))) w->atoms[a] = v;
  }
  return w->atoms[a];
}

napi_value js_object(Walk *w) {
  napi_value v = NULL;
  js_ok(w, napi_create_object(w->env, &v));
  return v;
}

napi_value js_array(Walk *w) {
  napi_value v = NULL;
  js_ok(w, napi_create_array(w->env, &v));
  return v;
}

napi_value js_string(Walk *w, const char *s) {
  if (!s || !*s) return js_atom(w, A_empty);
  napi_value v = NULL;
  js_ok(w, napi_create_string_utf8(w->env, s, NAPI_AUTO_LENGTH, &v));
  return v;
}

napi_value js_cxstring(Walk *w, CXString s) {
  napi_value v = js_string(w, clang_getCString(s));
  clang_disposeString(s);
  return v;
}

napi_value js_number(Walk *w, double n) {
  napi_value v = NULL;
  js_ok(w, napi_create_double(w->env, n, &v));
  return v;
}

napi_value js_bool(Walk *w, bool b) {
  napi_value v = NULL;
  js_ok(w, napi_get_boolean(w->env, b, &v));
  return v;
}

void js_set(Walk *w, napi_value obj, Atom key, napi_value value) {
  if (w->failed) return;
  js_ok(w, napi_set_property(w->env, obj, js_atom(w, key), value));
}

void js_set_atom(Walk *w, napi_value obj, Atom key, Atom value) {
  js_set(w, obj, key, js_atom(w, value));
}

void js_set_number(Walk *w, napi_value obj, Atom key, double n) {
  js_set(w, obj, key, js_number(w, n));
}

void js_set_bool(Walk *w, napi_value obj, Atom key, bool b) {
  js_set(w, obj, key, js_bool(w, b));
}

void js_push(Walk *w, napi_value array, uint32_t *length, napi_value value) {
  if (w->failed) return;
  if (js_ok(w, napi_set_element(w->env, array, *length, value))) (*length)++;
}

void js_set_comment(Walk *w, napi_value obj, CXCursor c) {
  CXString s = clang_Cursor_getRawCommentText(c);
  const char *text = clang_getCString(s);
  if (text && *text) js_set(w, obj, A_comment, js_string(w, text));
  clang_disposeString(s);
}

void walk_init(Walk *w, napi_env env, CXTranslationUnit tu) {
  memset(w, 0, sizeof *w);
  w->env = env;
  w->tu = tu;
}

void walk_free(Walk *w) {
  map_free(&w->files);
  map_free(&w->entities);
  map_free(&w->types);
  map_free(&w->tokens);
  arena_free(&w->arena);
  free(w->pending);
  w->pending = NULL;
}

napi_value walk_finish(Walk *w, napi_value value) {
  if (!w->failed) return value;
  bool pending = false;
  napi_is_exception_pending(w->env, &pending);
  if (!pending) napi_throw_error(w->env, "ERR_CFFI_NATIVE", "cffi-import: building the libclang tree failed (out of memory?)");
  return NULL;
}
