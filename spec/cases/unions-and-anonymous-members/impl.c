#include "input.h"

unsigned int u_word_bits(const union u_word *w) { return w->u; }
int u_tagged_sum(const struct u_tagged *t) { return t->kind + t->i + t->lo * 10 + t->hi * 100 + t->named.depth * 1000; }
int u_two_sum(struct u_two *t) { return t->x.a + t->y.b; }
