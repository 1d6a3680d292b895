// Unions, anonymous unions and structs as members, and anonymous record types of named fields.
#ifndef UNIONS_H
#define UNIONS_H

/** Four bytes seen three ways. */
union u_word {
  unsigned int u;
  float f;
  unsigned char bytes[4];
};

struct u_tagged {
  int kind;
  union { int i; float f; };
  struct { short lo; short hi; };
  struct { int depth; } named;
};

/* Two anonymous records on one line. */
struct u_two { struct { int a; } x; struct { int b; } y; };

/* Several anonymous members in a row, and anonymous records inside anonymous records (as in the
   kernel's perf_event_attr and bpf_attr): each is its own record at its own offset. */
struct u_deep {
  int head;
  union { int ia; float fa; };
  char gap;
  union { long long lb; double db; };
  struct {
    short sa;
    union {
      int ua;
      struct { short lo2; short hi2; };
    };
    struct { char c1; struct { char c2; char c3; }; };
  };
  union { struct { int p1; int p2; }; long long pq; };
  int tail;
};

/* Two anonymous members on one line, one of them named by nothing at all. */
struct u_line { struct { int m1; }; struct { int m2; }; };

/* A typedef names an anonymous record, and that record holds an anonymous member. */
typedef struct { int iw; union { int ih; unsigned uh; }; } u_image_t;

/* A field that cannot be emitted (va_list) inside an anonymous member leaves out that field alone. */
#include <stdarg.h>
struct u_skip { int first; union { va_list ap; int narrow; }; int last; };

unsigned int u_word_bits(const union u_word *w);
int u_tagged_sum(const struct u_tagged *t);
int u_two_sum(struct u_two *t);
long long u_deep_sum(const struct u_deep *d);
void u_deep_fill(struct u_deep *d);
unsigned u_deep_layout(unsigned i);
int u_line_sum(const struct u_line *l);
int u_image_sum(const u_image_t *im);
int u_skip_sum(const struct u_skip *s);

#endif
