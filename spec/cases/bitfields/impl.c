#include "input.h"

int b_check(const struct b_flags *f) { return f->tag + f->flags * 10 + f->level * 100 + (int)(f->wide % 1000) * 1000; }
void b_fill(struct b_flags *f) {
  f->flags = 5;
  f->level = -3;
  f->wide = (1u << 20) - 1;
  f->big = (1ull << 40) - 1;
  f->on = 1;
  f->after = 77;
}
