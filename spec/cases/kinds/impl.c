#include "input.h"
#include <stdlib.h>
#include <string.h>

int k_counter = 5;
const char *const k_name = "kinds";
const int k_table[4] = { 1, 2, 3, 4 };
int k_two_sum(struct k_two *t) { return t->x.a + t->y.b; }

int k_add(int a, int b) { return a + b; }
unsigned long long k_add64(unsigned long long a, long long b) { return a + (unsigned long long)b; }
double k_hyp(double x, double y) { return x * x + y * y; }
signed char k_neg8(signed char v) { return (signed char)-v; }
unsigned short k_u16(unsigned short v) { return (unsigned short)(v + 1); }
_Bool k_is_even(int v) { return v % 2 == 0; }
const char *k_greeting(void) { return "hello, kinds"; }
char *k_strdup(const char *s) { return strdup(s); }
void k_free(void *p) { free(p); }
unsigned long k_strlen_bytes(const void *data, unsigned long n) {
  const unsigned char *p = data;
  unsigned long sum = 0;
  for (unsigned long i = 0; i < n; i++) sum += p[i];
  return sum;
}
int k_point_sum(const k_point_t *p) { return p->x + p->y; }
k_point_p k_point_next(k_point_p p) { return p->next; }
void k_point_link(struct k_point *a, struct k_point *b) { a->next = b; }
int k_record_check(const struct k_record *r) {
  return r->tag + r->flags * 10 + r->level * 100 + r->values[3] + r->pair.hi + r->i + (r->op ? r->op(2, 3) : 0) + (int)strlen(r->name);
}
int k_color_value(enum k_color c) { return (int)c; }
struct k_opaque { int v; };
struct k_opaque *k_opaque_new(void) { struct k_opaque *o = malloc(sizeof *o); o->v = 99; return o; }
int k_opaque_get(struct k_opaque *o) { return o->v; }
int k_variadic(const char *fmt, ...) { (void)fmt; return 0; }
int k_noproto() { return 1; }
struct k_pair k_pair_make(int a, double b) { struct k_pair p = { a, b }; return p; }
double k_pair_sum(struct k_pair p) { return p.a + p.b; }
k_range k_range_swap(k_range r) { k_range s = { r.hi, r.lo }; return s; }
