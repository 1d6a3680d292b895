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
    fn->name = tape_intern(w, fn->path);
  }
  clang_disposeString(real);
  if (have_given) clang_disposeString(given);
  if (!fn || !fn->path || !map_put(&w->files, (uintptr_t)f, fn)) {
    w->failed = true;
    return NULL;
  }
  return fn;
}

void write_location(Walk *w, CXSourceLocation loc) {
  CXFile f = NULL;
  unsigned line = 0, column = 0, offset = 0;
  clang_getExpansionLocation(loc, &f, &line, &column, &offset);
  FileName *fn = file_name(w, f);
  tape_num(w, fn ? fn->name : tape_intern(w, ""));
  tape_num(w, line);
  tape_num(w, column);
  tape_num(w, offset);
}

void write_extent(Walk *w, CXSourceRange range) {
  write_location(w, clang_getRangeStart(range));
  write_location(w, clang_getRangeEnd(range));
}

void write_decl_base(Walk *w, CXCursor c, int32_t id, bool anonymous) {
  tape_num(w, id);
  if (anonymous)
    tape_str(w, "");
  else
    tape_cxstr(w, clang_getCursorSpelling(c));
  write_location(w, clang_getCursorLocation(c));
  write_extent(w, clang_getCursorExtent(c));
  tape_comment(w, c);
}

CXCursor entity_cursor(CXCursor c) {
  CXCursor def = clang_getCursorDefinition(c);
  return clang_Cursor_isNull(def) ? clang_getCanonicalCursor(c) : def;
}

int32_t cursor_id(Walk *w, CXCursor c) {
  CXString usr = clang_getCursorUSR(c);
  const char *s = clang_getCString(usr);
  if (s && *s) {
    int32_t id = tape_intern(w, s);
    clang_disposeString(usr);
    return id;
  }
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
    return -1;
  }
  snprintf(buf, n, "anon:%s:%u", path, offset);
  return tape_intern(w, buf);
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
  e->nparams = 0;
  e->names_slot = 0;
  if (key && !map_put(&w->entities, key, e)) w->failed = true;
  return e;
}
