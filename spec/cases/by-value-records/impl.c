#include "input.h"

struct v_pair v_pair_make(int a, double b) { struct v_pair p = { a, b }; return p; }
double v_pair_sum(struct v_pair p) { return p.a + p.b; }
v_range v_range_swap(v_range r) { v_range s = { r.hi, r.lo }; return s; }
struct v_big v_big_fill(long long base) {
  struct v_big b;
  for (int i = 0; i < 8; i++) b.words[i] = base + i;
  b.tag = 'z';
  return b;
}
long long v_big_sum(struct v_big b) {
  long long s = 0;
  for (int i = 0; i < 8; i++) s += b.words[i];
  return s + b.tag;
}
union v_num v_num_int(int i) { union v_num n; n.i = i; return n; }
int v_num_get(union v_num n) { return n.i; }
int v_outer_sum(struct v_outer o) { return o.inner.a + (int)o.inner.b + o.extra; }
