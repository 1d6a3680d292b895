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

static bool is_anonymous_member(CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  return (k == CXCursor_StructDecl || k == CXCursor_UnionDecl) && clang_Cursor_isAnonymousRecordDecl(c);
}

typedef struct {
  const void *target; /* the member's declaration */
  unsigned index;     /* anonymous members before it */
  bool found;
} MemberSearch;

static enum CXChildVisitResult count_anonymous_members(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  MemberSearch *s = data;
  if (clang_getCanonicalCursor(c).data[0] == s->target) {
    s->found = true;
    return CXChildVisit_Break;
  }
  if (is_anonymous_member(c)) s->index++;
  return CXChildVisit_Continue;
}

/*
 * clang gives every anonymous member of one record the same USR (`c:@S@s@Ua` for each `union {...};`
 * in struct s), which would make them one record of the IR with one layout. Each gets its position
 * among the anonymous members of the record around it instead (`c:@S@s@Ua1`, the second), that
 * record's own id built the same way when it is an anonymous member too.
 */
static bool anonymous_member_usr(CXCursor c, char *buf, size_t n) {
  if (!is_anonymous_member(c)) return false;
  CXCursor parent = clang_getCursorSemanticParent(c);
  if (!anonymous_member_usr(parent, buf, n)) {
    CXString usr = clang_getCursorUSR(parent);
    int m = snprintf(buf, n, "%s", clang_getCString(usr));
    clang_disposeString(usr);
    if (m <= 0 || (size_t)m >= n) return false;
  }
  MemberSearch s = {clang_getCanonicalCursor(c).data[0], 0, false};
  clang_visitChildren(parent, count_anonymous_members, &s);
  size_t len = strlen(buf);
  bool is_union = clang_getCursorKind(c) == CXCursor_UnionDecl;
  int m = snprintf(buf + len, n - len, "@%ca%u", is_union ? 'U' : 'S', s.index);
  return s.found && m > 0 && (size_t)m < n - len;
}

int32_t cursor_id(Walk *w, CXCursor c) {
  char member[1024];
  if (anonymous_member_usr(c, member, sizeof member)) return tape_intern(w, member);
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
