/*
 * The walk: every top-level cursor of the TU, in every file (the JS side filters by location), then
 * whatever a type reached that the walk did not see (implicit typedefs like __builtin_va_list,
 * records first named in a parameter list). Each entity is emitted once, at its first sighting.
 */
#include "cffi-clang.h"

#include <stdlib.h>

void emit_decl(Walk *w, napi_value decl) {
  js_push(w, w->decls, &w->ndecls, decl);
}

void queue_entity(Walk *w, CXCursor c, Entity *e) {
  if (e->emitted || e->queued) return;
  if (w->npending == w->cappending) {
    size_t cap = w->cappending ? w->cappending * 2 : 64;
    CXCursor *p = realloc(w->pending, cap * sizeof *p);
    if (!p) {
      w->failed = true;
      return;
    }
    w->pending = p;
    w->cappending = cap;
  }
  e->queued = true;
  w->pending[w->npending++] = c;
}

static Atom storage_of(CXCursor c) {
  switch (clang_Cursor_getStorageClass(c)) {
  case CX_SC_Extern:
  case CX_SC_PrivateExtern: return A_extern;
  case CX_SC_Static: return A_static;
  default: return A_none;
  }
}

/* Claims the entity for emission; NULL when it was emitted already. */
static Entity *claim(Walk *w, CXCursor c) {
  Entity *e = entity_of(w, c);
  if (!e || e->emitted) return NULL;
  e->emitted = true;
  return e;
}

static void emit_function(Walk *w, CXCursor c) {
  Entity *e = claim(w, c);
  if (!e) return;
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_function);
  set_decl_base(w, obj, c, e, false);
  CXType type = clang_getCursorType(c);
  js_set(w, obj, A_result, type_to_js(w, clang_getCursorResultType(c)));
  napi_value params = js_array(w);
  uint32_t np = 0;
  int n = clang_Cursor_getNumArguments(c);
  for (int i = 0; i < n; i++) {
    CXCursor p = clang_Cursor_getArgument(c, (unsigned)i);
    napi_value param = js_object(w);
    js_set(w, param, A_name, js_cxstring(w, clang_getCursorSpelling(p)));
    js_set(w, param, A_type, type_to_js(w, clang_getCursorType(p)));
    js_push(w, params, &np, param);
  }
  js_set(w, obj, A_params, params);
  js_set_bool(w, obj, A_variadic, clang_isFunctionTypeVariadic(type) != 0);
  js_set_bool(w, obj, A_noProto, clang_getCanonicalType(type).kind == CXType_FunctionNoProto);
  js_set_atom(w, obj, A_storage, storage_of(c));
  js_set_bool(w, obj, A_inline, clang_Cursor_isFunctionInlined(c) != 0);
  js_set_bool(w, obj, A_definition, !clang_Cursor_isNull(clang_getCursorDefinition(c)));
  js_set(w, obj, A_type, type_to_js(w, type));
  emit_decl(w, obj);
}

static void emit_var(Walk *w, CXCursor c) {
  Entity *e = claim(w, c);
  if (!e) return;
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_var);
  set_decl_base(w, obj, c, e, false);
  js_set(w, obj, A_type, type_to_js(w, clang_getCursorType(c)));
  js_set_atom(w, obj, A_storage, storage_of(c));
  emit_decl(w, obj);
}

static void emit_typedef(Walk *w, CXCursor c) {
  Entity *e = claim(w, c);
  if (!e) return;
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_kind, A_typedef);
  set_decl_base(w, obj, c, e, false);
  js_set(w, obj, A_underlying, type_to_js(w, clang_getTypedefDeclUnderlyingType(c)));
  emit_decl(w, obj);
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Walk *w = data;
  if (w->failed) return CXChildVisit_Break;
  switch (clang_getCursorKind(c)) {
  case CXCursor_FunctionDecl: emit_function(w, c); break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
  case CXCursor_EnumDecl: emit_tag(w, c); break;
  case CXCursor_TypedefDecl: emit_typedef(w, c); break;
  case CXCursor_VarDecl: emit_var(w, c); break;
  case CXCursor_MacroDefinition: emit_macro(w, c); break;
  case CXCursor_UnexposedDecl:
  case CXCursor_LinkageSpec: return CXChildVisit_Recurse;
  default: break;
  }
  return CXChildVisit_Continue;
}

static void emit_pending(Walk *w, CXCursor c) {
  switch (clang_getCursorKind(c)) {
  case CXCursor_TypedefDecl: emit_typedef(w, c); break;
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
  case CXCursor_EnumDecl: emit_tag(w, c); break;
  default: break;
  }
}

napi_value walk_translation_unit(Walk *w, const char *main_file) {
  napi_value tu = js_object(w);
  w->decls = js_array(w);
  clang_visitChildren(clang_getTranslationUnitCursor(w->tu), visit_top, w);
  for (size_t i = 0; i < w->npending && !w->failed; i++) {
    CXCursor c = w->pending[i]; /* emitting may grow (move) the queue */
    emit_pending(w, c);
  }
  js_set(w, tu, A_file, main_file_to_js(w, main_file));
  js_set(w, tu, A_files, inclusions_to_js(w, main_file));
  js_set(w, tu, A_decls, w->decls);
  js_set(w, tu, A_diagnostics, diagnostics_to_js(w));
  js_set(w, tu, A_clangVersion, js_cxstring(w, clang_getClangVersion()));
  return tu;
}
