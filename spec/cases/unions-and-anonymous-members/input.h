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

unsigned int u_word_bits(const union u_word *w);
int u_tagged_sum(const struct u_tagged *t);
int u_two_sum(struct u_two *t);

#endif
