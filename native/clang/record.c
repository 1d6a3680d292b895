/*
 * Records and enums. A record is described by its definition wherever it is (a forward declaration
 * seen first still yields the complete record); definitions nested in a record are hoisted to the
 * top level and the fields refer to them by id. A C11 anonymous member (`union { int a; };`) is a
 * field with an empty name whose type is the hoisted anonymous record.
 */
#include "cffi-clang.h"

#include <stdio.h>
#include <string.h>

bool tag_is_anonymous(CXCursor c) {
  if (clang_Cursor_isAnonymous(c)) return true;
  CXString s = clang_getCursorSpelling(c);
  const char *n = clang_getCString(s);
  /* libclang 14 spells a typedef'd `struct { ... }` as ""; newer ones say "(unnamed struct at ...)" */
  bool anonymous = !n || !*n || strchr(n, '(') != NULL;
  clang_disposeString(s);
  return anonymous;
}

typedef struct {
  Walk *w;
  CXType type;
  napi_value fields;
  uint32_t nfields;
  bool packed;
} RecordWalk;

static double offset_or_unknown(long long v) {
  return v < 0 ? -1 : (double)v;
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
  } else if ((k == CXCursor_StructDecl || k == CXCursor_UnionDecl) && clang_Cursor_isAnonymousRecordDecl(c)) {
    clang_visitChildren(c, find_named_field, out);
    if (out->data) return CXChildVisit_Break;
  }
  return CXChildVisit_Continue;
}

/* libclang has no offset for an anonymous member: take a field inside it, both ways. */
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

static void push_field(RecordWalk *r, CXCursor c, bool anonymous_member) {
  Walk *w = r->w;
  napi_value f = js_object(w);
  if (anonymous_member) {
    js_set(w, f, A_name, js_atom(w, A_empty));
    js_set(w, f, A_type, type_to_js(w, clang_getCursorType(c)));
    js_set_number(w, f, A_offsetBits, anonymous_member_offset(r->type, c));
    js_set_number(w, f, A_bitWidth, -1);
  } else {
    js_set(w, f, A_name, js_cxstring(w, clang_getCursorSpelling(c)));
    js_set(w, f, A_type, type_to_js(w, clang_getCursorType(c)));
    js_set_number(w, f, A_offsetBits, offset_or_unknown(clang_Cursor_getOffsetOfField(c)));
    js_set_number(w, f, A_bitWidth, clang_Cursor_isBitField(c) ? clang_getFieldDeclBitWidth(c) : -1);
    js_set_comment(w, f, c);
  }
  js_set(w, f, A_location, location_to_js(w, clang_getCursorLocation(c)));
  js_push(w, r->fields, &r->nfields, f);
}

static enum CXChildVisitResult visit_member(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  RecordWalk *r = data;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FieldDecl: push_field(r, c, false); break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
    emit_tag(r->w, c);
    if (clang_Cursor_isAnonymousRecordDecl(c)) push_field(r, c, true);
    break;
  case CXCursor_EnumDecl: emit_tag(r->w, c); break;
  case CXCursor_PackedAttr: r->packed = true; break;
  default: break;
  }
  return r->w->failed ? CXChildVisit_Break : CXChildVisit_Continue;
}

static napi_value record_to_js(Walk *w, CXCursor c, Entity *e, bool complete) {
  bool anonymous = tag_is_anonymous(c);
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_record);
  set_decl_base(w, obj, c, e, anonymous);
  js_set_atom(w, obj, A_tag, clang_getCursorKind(c) == CXCursor_UnionDecl ? A_union : A_struct);
  js_set_bool(w, obj, A_anonymous, anonymous);
  js_set_bool(w, obj, A_complete, complete);
  RecordWalk r = {w, clang_getCursorType(c), js_array(w), 0, false};
  js_set_number(w, obj, A_size, offset_or_unknown(clang_Type_getSizeOf(r.type)));
  js_set_number(w, obj, A_align, offset_or_unknown(clang_Type_getAlignOf(r.type)));
  if (complete) clang_visitChildren(c, visit_member, &r);
  js_set(w, obj, A_fields, r.fields);
  js_set_bool(w, obj, A_packed, r.packed);
  return obj;
}

typedef struct {
  Walk *w;
  bool is_unsigned;
  napi_value constants;
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
  napi_value k = js_object(w);
  js_set(w, k, A_name, js_cxstring(w, clang_getCursorSpelling(c)));
  js_set(w, k, A_value, js_string(w, value));
  js_set(w, k, A_location, location_to_js(w, clang_getCursorLocation(c)));
  js_set_comment(w, k, c);
  js_push(w, en->constants, &en->n, k);
  return w->failed ? CXChildVisit_Break : CXChildVisit_Continue;
}

static napi_value enum_to_js(Walk *w, CXCursor c, Entity *e) {
  bool anonymous = tag_is_anonymous(c);
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_enum);
  set_decl_base(w, obj, c, e, anonymous);
  js_set_bool(w, obj, A_anonymous, anonymous);
  CXType integer = clang_getEnumDeclIntegerType(c);
  js_set(w, obj, A_integerType, type_to_js(w, integer));
  EnumWalk en = {w, type_is_unsigned_integer(integer), js_array(w), 0};
  clang_visitChildren(c, visit_constant, &en);
  js_set(w, obj, A_constants, en.constants);
  return obj;
}

void emit_tag(Walk *w, CXCursor c) {
  Entity *e = entity_of(w, c);
  if (!e || e->emitted) return;
  e->emitted = true; /* before the members: `struct node { struct node *next; }` */
  CXCursor def = clang_getCursorDefinition(c);
  bool complete = !clang_Cursor_isNull(def);
  CXCursor target = complete ? def : clang_getCanonicalCursor(c);
  napi_value obj = clang_getCursorKind(target) == CXCursor_EnumDecl ? enum_to_js(w, target, e)
                                                                     : record_to_js(w, target, e, complete);
  emit_decl(w, obj);
}
