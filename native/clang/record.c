/*
 * Records and enums. A record is described by its definition wherever it is (a forward declaration
 * seen first still yields the complete record). Definitions nested in a record are hoisted: queued,
 * so they are written right after it, and the fields refer to them by id. A C11 anonymous member
 * (`union { int a; };`) is a field with an empty name whose type is the hoisted anonymous record.
 */
#include "cffi-clang.h"

#include <stdio.h>
#include <string.h>

static bool tag_is_anonymous(CXCursor c) {
  if (clang_Cursor_isAnonymous(c)) return true;
  CXString s = clang_getCursorSpelling(c);
  const char *n = clang_getCString(s);
  /* libclang 14 spells a typedef'd `struct { ... }` as ""; newer ones say "(unnamed struct at ...)" */
  bool anonymous = !n || !*n || strchr(n, '(') != NULL;
  clang_disposeString(s);
  return anonymous;
}

static double known_or_minus_one(long long v) {
  return v < 0 ? -1 : (double)v;
}

typedef struct {
  Walk *w;
  CXType type;
  uint32_t nfields;
  bool packed;
} RecordWalk;

static bool is_anonymous_member(CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  return (k == CXCursor_StructDecl || k == CXCursor_UnionDecl) && clang_Cursor_isAnonymousRecordDecl(c);
}

/* The first named field reachable from an anonymous record (through nested anonymous members). */
static enum CXChildVisitResult find_named_field(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  CXString *out = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_FieldDecl) {
    CXString s = clang_getCursorSpelling(c);
    if (*clang_getCString(s)) {
      *out = s;
      return CXChildVisit_Break;
    }
    clang_disposeString(s);
  } else if (is_anonymous_member(c)) {
    clang_visitChildren(c, find_named_field, out);
    if (out->data) return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

/* libclang has no offset for an anonymous member: look up a field inside it from both records. */
static double anonymous_member_offset(CXType outer, CXCursor member) {
  CXString name = {0};
  clang_visitChildren(member, find_named_field, &name);
  if (!name.data) return -1;
  const char *n = clang_getCString(name);
  long long in_outer = clang_Type_getOffsetOf(outer, n);
  long long in_member = clang_Type_getOffsetOf(clang_getCursorType(member), n);
  clang_disposeString(name);
  return in_outer < 0 || in_member < 0 ? -1 : (double)(in_outer - in_member);
}

/* decode.js: field() */
static void write_field(RecordWalk *r, CXCursor c, bool anonymous_member) {
  Walk *w = r->w;
  if (anonymous_member) {
    tape_str(w, "");
    write_type(w, clang_getCursorType(c));
    tape_num(w, anonymous_member_offset(r->type, c));
    tape_num(w, -1);
    tape_num(w, -1);
  } else {
    tape_cxstr(w, clang_getCursorSpelling(c));
    write_type(w, clang_getCursorType(c));
    tape_num(w, known_or_minus_one(clang_Cursor_getOffsetOfField(c)));
    tape_num(w, clang_Cursor_isBitField(c) ? clang_getFieldDeclBitWidth(c) : -1);
    tape_comment(w, c);
  }
  write_location(w, clang_getCursorLocation(c));
  r->nfields++;
}

static enum CXChildVisitResult visit_member(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  RecordWalk *r = data;
  Entity *e;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FieldDecl: write_field(r, c, false); break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
  case CXCursor_EnumDecl:
    if ((e = entity_of(r->w, c))) queue_entity(r->w, c, e);
    if (clang_getCursorKind(c) != CXCursor_EnumDecl && clang_Cursor_isAnonymousRecordDecl(c)) write_field(r, c, true);
    break;
  case CXCursor_PackedAttr: r->packed = true; break;
  default: break;
  }
  return r->w->failed ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* decode.js: record() */
static void write_record(Walk *w, CXCursor c, Entity *e, bool complete) {
  bool anonymous = tag_is_anonymous(c);
  tape_num(w, DECL_RECORD);
  write_decl_base(w, c, e->id, anonymous);
  tape_bool(w, clang_getCursorKind(c) == CXCursor_UnionDecl);
  tape_bool(w, anonymous);
  tape_bool(w, complete);
  RecordWalk r = {w, clang_getCursorType(c), 0, false};
  tape_num(w, known_or_minus_one(clang_Type_getSizeOf(r.type)));
  tape_num(w, known_or_minus_one(clang_Type_getAlignOf(r.type)));
  size_t count = tape_reserve(w);
  if (complete) clang_visitChildren(c, visit_member, &r);
  tape_patch(w, count, r.nfields);
  tape_bool(w, r.packed);
}

typedef struct {
  Walk *w;
  bool is_unsigned;
  uint32_t n;
} EnumWalk;

static enum CXChildVisitResult visit_constant(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  EnumWalk *en = data;
  Walk *w = en->w;
  if (clang_getCursorKind(c) != CXCursor_EnumConstantDecl) return CXChildVisit_Continue;
  char value[32];
  if (en->is_unsigned)
    snprintf(value, sizeof value, "%llu", clang_getEnumConstantDeclUnsignedValue(c));
  else
    snprintf(value, sizeof value, "%lld", clang_getEnumConstantDeclValue(c));
  tape_cxstr(w, clang_getCursorSpelling(c));
  tape_str(w, value);
  write_location(w, clang_getCursorLocation(c));
  tape_comment(w, c);
  en->n++;
  return w->failed ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* decode.js: enumeration() */
static void write_enum(Walk *w, CXCursor c, Entity *e) {
  bool anonymous = tag_is_anonymous(c);
  tape_num(w, DECL_ENUM);
  write_decl_base(w, c, e->id, anonymous);
  tape_bool(w, anonymous);
  CXType integer = clang_getEnumDeclIntegerType(c);
  write_type(w, integer);
  EnumWalk en = {w, type_is_unsigned_integer(integer), 0};
  size_t count = tape_reserve(w);
  clang_visitChildren(c, visit_constant, &en);
  tape_patch(w, count, en.n);
}

void write_tag(Walk *w, CXCursor c) {
  Entity *e = entity_of(w, c);
  if (!e || e->emitted) return;
  e->emitted = true; /* before the members: `struct node { struct node *next; }` */
  CXCursor def = clang_getCursorDefinition(c);
  bool complete = !clang_Cursor_isNull(def);
  CXCursor target = complete ? def : clang_getCanonicalCursor(c);
  if (clang_getCursorKind(target) == CXCursor_EnumDecl)
    write_enum(w, target, e);
  else
    write_record(w, target, e, complete);
}
