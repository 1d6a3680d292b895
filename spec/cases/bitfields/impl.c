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
long long b_odd_check(const struct b_odd *o) {
  return o->nibble + (long long)o->whole * 100 + (long long)o->top * 7 + o->small * 3 + o->yes * 11 + o->no * 13;
}
void b_odd_fill(struct b_odd *o) {
  o->nibble = 9;
  o->whole = -123456789;
  o->top = 4000000000u;
  o->small = -2;
  o->yes = 1;
  o->no = 0;
}
