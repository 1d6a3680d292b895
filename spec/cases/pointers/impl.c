#include "input.h"
#include <stdlib.h>

int p_value_or(const struct p_node *n, int fallback) { return n ? n->value : fallback; }
int p_is_null(const void *p) { return p == 0; }
void p_out(int *out, int v) { *out = v; }
void p_out_node(struct p_node **out, struct p_node *n) { *out = n; }
int p_deref2(int **pp) { return **pp; }
struct p_opaque { int v; };
struct p_opaque *p_opaque_new(void) { struct p_opaque *o = malloc(sizeof *o); o->v = 99; return o; }
int p_opaque_get(struct p_opaque *o) { return o->v; }
void p_opaque_free(struct p_opaque *o) { free(o); }
int p_add(int a, int b) { return a + b; }
int p_apply(const struct p_ops *ops, int a, int b) { return ops->op ? ops->op(a, b) : -1; }
void p_set_add(struct p_ops *ops) { ops->op = p_add; }
int p_is_add(const struct p_ops *ops) { return ops->op == p_add; }
unsigned long p_address(const void *p) { return (unsigned long)p; }
