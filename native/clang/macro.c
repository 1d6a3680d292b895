/*
 * Macros: the replacement list as token spellings (the name, and for a function-like macro its
 * parameter list, are left out). Predefined macros and those without a file are skipped.
 * libclang attaches no comments to macros, so a RawMacro has no `comment`.
 *
 * Each definition is written, in TU order, so after `#undef X` / `#define X` the last one is in
 * effect. libclang gives every definition of X in a system header the same USR (`c:@macro@X`):
 * the second and later get `#2`, `#3`, ... appended so that ids stay unique.
 */
#include "cffi-clang.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  CXToken *toks;
  unsigned n;
} Tokens;

static bool is_punct(Walk *w, CXToken tok, const char *p) {
  if (clang_getTokenKind(tok) != CXToken_Punctuation) return false;
  CXString s = clang_getTokenSpelling(w->tu, tok);
  bool eq = strcmp(clang_getCString(s), p) == 0;
  clang_disposeString(s);
  return eq;
}

static void write_token(Walk *w, CXToken tok) {
  tape_cxstr(w, clang_getTokenSpelling(w->tu, tok));
}

/* Writes the identifier held back by write_params, if any. */
static void flush_ident(Walk *w, Tokens t, int *ident, uint32_t *np) {
  if (*ident < 0) return;
  write_token(w, t.toks[*ident]);
  (*np)++;
  *ident = -1;
}

/* `(a, b)`, `(fmt, ...)`, GNU `(args...)` -> ["a","b"], ["fmt","..."], ["args..."]; returns the index after `)`. */
static unsigned write_params(Walk *w, Tokens t, unsigned i) {
  size_t count = tape_reserve(w);
  uint32_t np = 0;
  int ident = -1; /* an identifier not written yet: it may turn out to be `args...` */
  for (i++; i < t.n; i++) {
    CXToken tok = t.toks[i];
    if (clang_getTokenKind(tok) != CXToken_Punctuation) {
      flush_ident(w, t, &ident, &np);
      ident = (int)i;
      continue;
    }
    if (is_punct(w, tok, "...")) {
      if (ident >= 0) {
        CXString s = clang_getTokenSpelling(w->tu, t.toks[ident]);
        char buf[512];
        snprintf(buf, sizeof buf, "%s...", clang_getCString(s));
        clang_disposeString(s);
        tape_str(w, buf);
        ident = -1;
      } else {
        write_token(w, tok);
      }
      np++;
      continue;
    }
    flush_ident(w, t, &ident, &np);
    if (is_punct(w, tok, ")")) {
      i++;
      break;
    }
  }
  tape_patch(w, count, np);
  return i;
}

static int32_t macro_id(Walk *w, CXCursor c) {
  int32_t id = cursor_id(w, c);
  if (id < 0) return id;
  uintptr_t key = (uintptr_t)id + 1;
  uintptr_t seen = (uintptr_t)map_get(&w->macro_ids, key);
  if (!map_put(&w->macro_ids, key, (void *)(seen + 1))) w->failed = true;
  if (seen == 0) return id;
  CXString usr = clang_getCursorUSR(c);
  char buf[1024];
  snprintf(buf, sizeof buf, "%s#%lu", clang_getCString(usr), (unsigned long)(seen + 1));
  clang_disposeString(usr);
  return tape_intern(w, buf);
}

/* decode.js: macro() */
void write_macro(Walk *w, CXCursor c) {
  if (clang_Cursor_isMacroBuiltin(c)) return;
  CXFile f = NULL;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  if (!f) return;

  tape_num(w, DECL_MACRO);
  CXSourceRange extent = clang_getCursorExtent(c);
  tape_num(w, macro_id(w, c));
  tape_cxstr(w, clang_getCursorSpelling(c));
  write_location(w, clang_getCursorLocation(c));
  write_extent(w, extent);
  tape_num(w, -1); /* comment */
  bool function_like = clang_Cursor_isMacroFunctionLike(c) != 0;
  tape_bool(w, function_like);

  Tokens t = {NULL, 0};
  clang_tokenize(w->tu, extent, &t.toks, &t.n);
  unsigned i = 1; /* toks[0] is the macro's name */
  if (function_like && i < t.n && is_punct(w, t.toks[i], "("))
    i = write_params(w, t, i);
  else
    tape_num(w, 0);
  tape_num(w, i < t.n ? t.n - i : 0);
  for (; i < t.n; i++) write_token(w, t.toks[i]);
  if (t.toks) clang_disposeTokens(w->tu, t.toks, t.n);
}
