/* The files a TU read, main file first, each once, and the main file's name as the tree spells it. */
#include "cffi-clang.h"

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
