/* Diagnostics (notes flattened after the diagnostic they belong to) and the files a TU read. */
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

typedef struct {
  Walk *w;
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
  if (!fn) return;
  tape_num(inc->w, fn->name);
  inc->n++;
}

static void visit_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data) {
  (void)stack;
  (void)depth;
  add_file(data, f);
}

void write_inclusions(Walk *w, const char *main_file) {
  size_t slot = tape_reserve(w);
  Inclusions inc = {w, 0, {0}};
  add_file(&inc, clang_getFile(w->tu, main_file));
  clang_getInclusions(w->tu, visit_inclusion, &inc);
  map_free(&inc.seen);
  tape_patch(w, slot, inc.n);
}

void write_main_file(Walk *w, const char *main_file) {
  FileName *fn = file_name(w, clang_getFile(w->tu, main_file));
  if (fn)
    tape_num(w, fn->name);
  else
    tape_str(w, main_file);
}
