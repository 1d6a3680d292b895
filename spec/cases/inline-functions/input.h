// static inline functions in the header: the generated C compiles them, the library need not export them.
#ifndef INLINE_H
#define INLINE_H

static inline int i_twice(int v) { return v * 2; }
static inline int i_quad(int v) { return i_twice(i_twice(v)); }
struct i_span { int start; int len; };
static inline int i_end(const struct i_span *s) { return s->start + s->len; }
static inline struct i_span i_span_make(int start, int len) {
  struct i_span s = { start, len };
  return s;
}
int i_exported(int v);

#endif
