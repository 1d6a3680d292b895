/* Diagnostics, with notes flattened after the diagnostic they belong to. */
#include "cffi-clang.h"

/* decode.js: diagnostic() — severity is CXDiagnosticSeverity (0 ignored ... 4 fatal). */
static void write_diagnostic(Walk *w, CXDiagnostic d, uint32_t *n) {
  tape_num(w, clang_getDiagnosticSeverity(d));
  tape_cxstr(w, clang_getDiagnosticSpelling(d));
  CXSourceLocation loc = clang_getDiagnosticLocation(d);
  CXFile f = NULL;
  clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
  tape_bool(w, f != NULL);
  if (f) write_location(w, loc);
  (*n)++;

  CXDiagnosticSet children = clang_getChildDiagnostics(d);
  unsigned count = children ? clang_getNumDiagnosticsInSet(children) : 0;
  for (unsigned i = 0; i < count; i++) {
    CXDiagnostic child = clang_getDiagnosticInSet(children, i);
    write_diagnostic(w, child, n);
    clang_disposeDiagnostic(child);
  }
}

void write_diagnostics(Walk *w) {
  size_t slot = tape_reserve(w);
  uint32_t n = 0;
  unsigned count = clang_getNumDiagnostics(w->tu);
  for (unsigned i = 0; i < count; i++) {
    CXDiagnostic d = clang_getDiagnostic(w->tu, i);
    write_diagnostic(w, d, &n);
    clang_disposeDiagnostic(d);
  }
  tape_patch(w, slot, n);
}
