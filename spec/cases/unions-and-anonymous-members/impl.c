#include "input.h"

unsigned int u_word_bits(const union u_word *w) { return w->u; }
int u_tagged_sum(const struct u_tagged *t) { return t->kind + t->i + t->lo * 10 + t->hi * 100 + t->named.depth * 1000; }
int u_two_sum(struct u_two *t) { return t->x.a + t->y.b; }

#include <stddef.h>

long long u_deep_sum(const struct u_deep *d) {
  return d->head + d->ia + d->gap + d->lb + d->sa + d->ua + d->c1 + d->c2 + d->c3 + d->p1 + d->p2 + d->tail;
}
void u_deep_fill(struct u_deep *d) {
  d->head = 1;
  d->fa = 2.5f;
  d->gap = 3;
  d->db = 4.5;
  d->sa = 5;
  d->lo2 = 6;
  d->hi2 = 7;
  d->c1 = 8;
  d->c2 = 9;
  d->c3 = 10;
  d->p1 = 11;
  d->p2 = 12;
  d->tail = 13;
}
/* The compiler's offsets, for the check to compare with ffi.offsetof. */
unsigned u_deep_layout(unsigned i) {
  static const unsigned offsets[] = {
    offsetof(struct u_deep, ia), offsetof(struct u_deep, fa),  offsetof(struct u_deep, lb),
    offsetof(struct u_deep, db), offsetof(struct u_deep, sa),  offsetof(struct u_deep, ua),
    offsetof(struct u_deep, lo2), offsetof(struct u_deep, hi2), offsetof(struct u_deep, c1),
    offsetof(struct u_deep, c2), offsetof(struct u_deep, c3),  offsetof(struct u_deep, p1),
    offsetof(struct u_deep, p2), offsetof(struct u_deep, pq),  offsetof(struct u_deep, tail),
    sizeof(struct u_deep),
  };
  return offsets[i];
}
int u_line_sum(const struct u_line *l) { return l->m1 * 10 + l->m2; }
int u_image_sum(const u_image_t *im) { return im->iw * 10 + im->ih; }
int u_skip_sum(const struct u_skip *s) { return s->first + s->narrow * 10 + s->last * 100; }
