/*
 * The walk: every top-level cursor of the TU, in every file (the JS side filters by location).
 * After each one, whatever it reached that is not written yet follows it: records and enums
 * nested in a record (hoisted), and what a type names but the walk does not visit (implicit
 * typedefs like __builtin_va_list, records first named in a parameter list). Each entity is
 * written once: a function or typedef at its first declaration, a record or enum from its
 * definition wherever that is.
 */
#include "cffi-clang.h"

static int storage_of(CXCursor c) {
  switch (clang_Cursor_getStorageClass(c)) {
  case CX_SC_Extern:
  case CX_SC_PrivateExtern: return STORAGE_EXTERN;
  case CX_SC_Static: return STORAGE_STATIC;
  default: return STORAGE_NONE;
  }
}

/* Claims the entity for writing; NULL when it was written already. */
static Entity *claim(Walk *w, CXCursor c) {
  Entity *e = entity_of(w, c);
  if (!e || e->emitted) return NULL;
  e->emitted = true;
  return e;
}

/*
 * `int f(int); int f(int len);`: the function is written at its first declaration; a later one
 * fills in the parameter names the first left out.
 */
static void name_params(Walk *w, Entity *e, CXCursor c) {
  int32_t unnamed = tape_intern(w, "");
  int n = clang_Cursor_getNumArguments(c);
  for (int i = 0; i < n && (uint32_t)i < e->nparams; i++) {
    size_t slot = e->names_slot + (size_t)i;
    if (w->tape.data[slot] != unnamed) continue;
    CXString name = clang_getCursorSpelling(clang_Cursor_getArgument(c, (unsigned)i));
    const char *s = clang_getCString(name);
    if (s && *s) tape_patch(w, slot, tape_intern(w, s));
    clang_disposeString(name);
  }
}

/* decode.js: func() */
static void write_function(Walk *w, CXCursor c) {
  Entity *e = entity_of(w, c);
  if (!e) return;
  if (e->emitted) {
    if (e->nparams) name_params(w, e, c);
    return;
  }
  e->emitted = true;
  tape_num(w, DECL_FUNCTION);
  write_decl_base(w, c, e->id, false);
  CXType type = clang_getCursorType(c);
  write_type(w, clang_getCursorResultType(c));
  int n = clang_Cursor_getNumArguments(c);
  n = n < 0 ? 0 : n;
  tape_num(w, n);
  e->nparams = (uint32_t)n;
  e->names_slot = w->tape.len;
  for (int i = 0; i < n; i++) tape_cxstr(w, clang_getCursorSpelling(clang_Cursor_getArgument(c, (unsigned)i)));
  for (int i = 0; i < n; i++) write_type(w, clang_getCursorType(clang_Cursor_getArgument(c, (unsigned)i)));
  bool no_proto = clang_getCanonicalType(type).kind == CXType_FunctionNoProto;
  /* libclang calls `int f();` variadic; the tree says so with noProto alone */
  tape_bool(w, !no_proto && clang_isFunctionTypeVariadic(type) != 0);
  tape_bool(w, no_proto);
  tape_num(w, storage_of(c));
  tape_bool(w, clang_Cursor_isFunctionInlined(c) != 0);
  tape_bool(w, !clang_Cursor_isNull(clang_getCursorDefinition(c)));
  write_type(w, type);
  /* deprecated("message"), macros expanded; a bare deprecated is "" (decode.js: undefined when not deprecated) */
  int always_deprecated = 0;
  CXString message = {0};
  clang_getCursorPlatformAvailability(c, &always_deprecated, &message, NULL, NULL, NULL, 0);
  if (always_deprecated) tape_cxstr(w, message);
  else {
    tape_str(w, NULL);
    clang_disposeString(message);
  }
}

/* decode.js: variable() */
static void write_var(Walk *w, CXCursor c) {
  Entity *e = claim(w, c);
  if (!e) return;
  tape_num(w, DECL_VAR);
  write_decl_base(w, c, e->id, false);
  write_type(w, clang_getCursorType(c));
  tape_num(w, storage_of(c));
}

/* decode.js: typedef() */
static void write_typedef(Walk *w, CXCursor c) {
  Entity *e = claim(w, c);
  if (!e) return;
  tape_num(w, DECL_TYPEDEF);
  write_decl_base(w, c, e->id, false);
  write_type(w, clang_getTypedefDeclUnderlyingType(c));
}

static void write_pending(Walk *w) {
  CXCursor c;
  while (queue_next(w, &c)) {
    switch (clang_getCursorKind(c)) {
    case CXCursor_TypedefDecl: write_typedef(w, c); break;
    case CXCursor_StructDecl:
    case CXCursor_UnionDecl:
    case CXCursor_EnumDecl: write_tag(w, c); break;
    default: break;
    }
  }
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Walk *w = data;
  if (w->failed) return CXChildVisit_Break;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FunctionDecl: write_function(w, c); break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
  case CXCursor_EnumDecl: write_tag(w, c); break;
  case CXCursor_TypedefDecl: write_typedef(w, c); break;
  case CXCursor_VarDecl: write_var(w, c); break;
  case CXCursor_MacroDefinition: write_macro(w, c); break;
  case CXCursor_UnexposedDecl:
  case CXCursor_LinkageSpec: return CXChildVisit_Recurse;
  default: return CXChildVisit_Continue;
  }
  write_pending(w);
  return CXChildVisit_Continue;
}

void write_translation_unit(Walk *w, const char *main_file) {
  clang_visitChildren(clang_getTranslationUnitCursor(w->tu), visit_top, w);
  write_pending(w);
  tape_num(w, DECL_END);
  write_main_file(w, main_file);
  write_inclusions(w, main_file);
  write_diagnostics(w);
  tape_cxstr(w, clang_getClangVersion());
}
