/* Locations, file names and ids. */
#include "cffi-clang.h"

#include <stdio.h>
#include <string.h>

FileName *file_name(Walk *w, CXFile f) {
  if (!f) return NULL;
  FileName *fn = map_get(&w->files, (uintptr_t)f);
  if (fn) return fn;
  CXString real = clang_File_tryGetRealPathName(f);
  const char *path = clang_getCString(real);
  CXString given = {0};
  bool have_given = false;
  if (!path || !*path) {
    given = clang_getFileName(f);
    have_given = true;
    path = clang_getCString(given);
  }
  fn = arena_alloc(&w->arena, sizeof *fn);
  if (fn) {
    fn->path = arena_strdup(&w->arena, path ? path : "");
    fn->name = js_string(w, fn->path);
  }
  clang_disposeString(real);
  if (have_given) clang_disposeString(given);
  if (!fn || !fn->path || !map_put(&w->files, (uintptr_t)f, fn)) {
    w->failed = true;
    return NULL;
  }
  return fn;
}

napi_value location_to_js(Walk *w, CXSourceLocation loc) {
  CXFile f = NULL;
  unsigned line = 0, column = 0, offset = 0;
  clang_getExpansionLocation(loc, &f, &line, &column, &offset);
  FileName *fn = file_name(w, f);
  napi_value obj = js_object(w);
  js_set(w, obj, A_file, fn ? fn->name : js_atom(w, A_empty));
  js_set_number(w, obj, A_line, line);
  js_set_number(w, obj, A_column, column);
  js_set_number(w, obj, A_offset, offset);
  return obj;
}

napi_value extent_to_js(Walk *w, CXSourceRange range) {
  napi_value obj = js_object(w);
  js_set(w, obj, A_start, location_to_js(w, clang_getRangeStart(range)));
  js_set(w, obj, A_end, location_to_js(w, clang_getRangeEnd(range)));
  return obj;
}

CXCursor entity_cursor(CXCursor c) {
  CXCursor def = clang_getCursorDefinition(c);
  return clang_Cursor_isNull(def) ? clang_getCanonicalCursor(c) : def;
}

/* USR, or anon:<file>:<offset> of the describing cursor when libclang gives none. */
napi_value cursor_id(Walk *w, CXCursor c) {
  CXString usr = clang_getCursorUSR(c);
  const char *s = clang_getCString(usr);
  if (s && *s) return js_cxstring(w, usr);
  clang_disposeString(usr);
  CXFile f = NULL;
  unsigned offset = 0;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &offset);
  FileName *fn = file_name(w, f);
  const char *path = fn ? fn->path : "";
  char small[512];
  size_t n = strlen(path) + 32;
  char *buf = n <= sizeof small ? small : arena_alloc(&w->arena, n);
  if (!buf) {
    w->failed = true;
    return NULL;
  }
  snprintf(buf, n, "anon:%s:%u", path, offset);
  return js_string(w, buf);
}

Entity *entity_of(Walk *w, CXCursor c) {
  CXCursor canonical = clang_getCanonicalCursor(c);
  uintptr_t key = (uintptr_t)canonical.data[0];
  Entity *e = key ? map_get(&w->entities, key) : NULL;
  if (e) return e;
  e = arena_alloc(&w->arena, sizeof *e);
  if (!e) {
    w->failed = true;
    return NULL;
  }
  e->id = cursor_id(w, entity_cursor(c));
  e->emitted = false;
  e->queued = false;
  if (key && !map_put(&w->entities, key, e)) w->failed = true;
  return e;
}

void set_decl_base(Walk *w, napi_value obj, CXCursor c, Entity *e, bool anonymous) {
  js_set(w, obj, A_id, e->id);
  js_set(w, obj, A_name, anonymous ? js_atom(w, A_empty) : js_cxstring(w, clang_getCursorSpelling(c)));
  js_set(w, obj, A_location, location_to_js(w, clang_getCursorLocation(c)));
  js_set(w, obj, A_extent, extent_to_js(w, clang_getCursorExtent(c)));
  js_set_comment(w, obj, c);
}
