#include "input.h"

int r_point_sum(const r_point_t *p) { return p->x + p->y; }
r_point_p r_point_next(r_point_p p) { return p->next; }
void r_point_link(struct r_point *a, struct r_point *b) { a->next = b; }
void r_point_scale(struct r_point *p, int k) { p->x *= k; p->y *= k; p->w *= k; }
int r_box_check(const struct r_box *b) {
  return b->tag + b->pair.lo + b->pair.hi * 10 + b->corner.y * 100 + b->nested.depth * 1000 +
         b->nested.inner.hi * 10000;
}
