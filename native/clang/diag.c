/* Diagnostics (notes flattened after the diagnostic they belong to) and the files a TU read. */
#include "cffi-clang.h"

static Atom severity_of(enum CXDiagnosticSeverity s) {
  switch (s) {
  case CXDiagnostic_Ignored: return A_ignored;
  case CXDiagnostic_Note: return A_note;
  case CXDiagnostic_Warning: return A_warning;
  case CXDiagnostic_Error: return A_error;
  default: return A_fatal;
  }
}

static void push_diagnostic(Walk *w, napi_value list, uint32_t *n, CXDiagnostic d) {
  napi_value obj = js_object(w);
  js_set_atom(w, obj, A_severity, severity_of(clang_getDiagnosticSeverity(d)));
  js_set(w, obj, A_message, js_cxstring(w, clang_getDiagnosticSpelling(d)));
  CXSourceLocation loc = clang_getDiagnosticLocation(d);
  CXFile f = NULL;
  clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
  if (f) js_set(w, obj, A_location, location_to_js(w, loc));
  js_push(w, list, n, obj);

  CXDiagnosticSet children = clang_getChildDiagnostics(d);
  unsigned count = children ? clang_getNumDiagnosticsInSet(children) : 0;
  for (unsigned i = 0; i < count; i++) {
    CXDiagnostic child = clang_getDiagnosticInSet(children, i);
    push_diagnostic(w, list, n, child);
    clang_disposeDiagnostic(child);
  }
}

napi_value diagnostics_to_js(Walk *w) {
  napi_value list = js_array(w);
  uint32_t n = 0;
  unsigned count = clang_getNumDiagnostics(w->tu);
  for (unsigned i = 0; i < count; i++) {
    CXDiagnostic d = clang_getDiagnostic(w->tu, i);
    push_diagnostic(w, list, &n, d);
    clang_disposeDiagnostic(d);
  }
  return list;
}

typedef struct {
  Walk *w;
  napi_value list;
  uint32_t n;
  PtrMap seen;
} Inclusions;

static void add_file(Inclusions *inc, CXFile f) {
  if (!f || map_get(&inc->seen, (uintptr_t)f)) return;
  if (!map_put(&inc->seen, (uintptr_t)f, (void *)1)) {
    inc->w->failed = true;
    return;
  }
  FileName *fn = file_name(inc->w, f);
  if (fn) js_push(inc->w, inc->list, &inc->n, fn->name);
}

static void visit_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data) {
  (void)stack;
  (void)depth;
  add_file(data, f);
}

napi_value inclusions_to_js(Walk *w, const char *main_file) {
  Inclusions inc = {w, js_array(w), 0, {0}};
  add_file(&inc, clang_getFile(w->tu, main_file));
  clang_getInclusions(w->tu, visit_inclusion, &inc);
  map_free(&inc.seen);
  return inc.list;
}

napi_value main_file_to_js(Walk *w, const char *main_file) {
  FileName *fn = file_name(w, clang_getFile(w->tu, main_file));
  return fn ? fn->name : js_string(w, main_file);
}
