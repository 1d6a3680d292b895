/*
 * Macros: the replacement list as token spellings (the name, and for a function-like macro its
 * parameter list, are left out). Predefined macros and those without a file are skipped.
 * libclang attaches no comments to macros, so a RawMacro has no `comment`.
 */
#include "cffi-clang.h"

#include <stdio.h>
#include <string.h>

/* A token spelling; short spellings (all punctuators, most keywords) are shared strings. */
static napi_value token_to_js(Walk *w, CXToken tok) {
  CXString s = clang_getTokenSpelling(w->tu, tok);
  const char *text = clang_getCString(s);
  size_t n = text ? strlen(text) : 0;
  uintptr_t key = 0;
  if (n > 0 && n <= 7 && sizeof(uintptr_t) == 8) {
    uint64_t k = (uint64_t)n << 56;
    for (size_t i = 0; i < n; i++) k |= (uint64_t)(unsigned char)text[i] << (8 * i);
    key = (uintptr_t)k;
  }
  napi_value v = key ? map_get(&w->tokens, key) : NULL;
  if (!v) {
    v = js_string(w, text);
    if (key && v && !map_put(&w->tokens, key, v)) w->failed = true;
  }
  clang_disposeString(s);
  return v;
}

static bool is_punct(Walk *w, CXToken tok, const char *p) {
  if (clang_getTokenKind(tok) != CXToken_Punctuation) return false;
  CXString s = clang_getTokenSpelling(w->tu, tok);
  bool eq = strcmp(clang_getCString(s), p) == 0;
  clang_disposeString(s);
  return eq;
}

/* `(a, b)`, `(fmt, ...)`, GNU `(args...)` -> ["a","b"], ["fmt","..."], ["args..."]; returns the index after `)`. */
static unsigned read_params(Walk *w, CXToken *toks, unsigned n, unsigned i, napi_value params) {
  uint32_t np = 0;
  int last_ident = -1; /* an identifier not pushed yet: it may turn out to be `args...` */
  for (i++; i < n; i++) {
    CXToken t = toks[i];
    if (clang_getTokenKind(t) == CXToken_Punctuation) {
      if (is_punct(w, t, "...")) {
        if (last_ident >= 0) {
          CXString s = clang_getTokenSpelling(w->tu, toks[last_ident]);
          char buf[512];
          snprintf(buf, sizeof buf, "%s...", clang_getCString(s));
          clang_disposeString(s);
          js_push(w, params, &np, js_string(w, buf));
          last_ident = -1;
        } else {
          js_push(w, params, &np, token_to_js(w, t));
        }
        continue;
      }
      if (last_ident >= 0) js_push(w, params, &np, token_to_js(w, toks[last_ident]));
      last_ident = -1;
      if (is_punct(w, t, ")")) return i + 1;
    } else {
      if (last_ident >= 0) js_push(w, params, &np, token_to_js(w, toks[last_ident]));
      last_ident = (int)i;
    }
  }
  return n;
}

void emit_macro(Walk *w, CXCursor c) {
  if (clang_Cursor_isMacroBuiltin(c)) return;
  CXFile f = NULL;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  if (!f) return;

  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_macro);
  js_set(w, obj, A_id, cursor_id(w, c));
  js_set(w, obj, A_name, js_cxstring(w, clang_getCursorSpelling(c)));
  js_set(w, obj, A_location, location_to_js(w, clang_getCursorLocation(c)));
  CXSourceRange extent = clang_getCursorExtent(c);
  js_set(w, obj, A_extent, extent_to_js(w, extent));
  bool function_like = clang_Cursor_isMacroFunctionLike(c) != 0;
  js_set_bool(w, obj, A_functionLike, function_like);

  CXToken *toks = NULL;
  unsigned n = 0;
  clang_tokenize(w->tu, extent, &toks, &n);
  napi_value params = js_array(w);
  unsigned i = 1; /* toks[0] is the macro's name */
  if (function_like && i < n && is_punct(w, toks[i], "(")) i = read_params(w, toks, n, i, params);
  napi_value tokens = js_array(w);
  uint32_t nt = 0;
  for (; i < n; i++) js_push(w, tokens, &nt, token_to_js(w, toks[i]));
  if (toks) clang_disposeTokens(w->tu, toks, n);
  js_set(w, obj, A_params, params);
  js_set(w, obj, A_tokens, tokens);
  emit_decl(w, obj);
}
