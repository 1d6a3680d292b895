// Records and unions passed and returned by value.
#ifndef BYVALUE_H
#define BYVALUE_H

struct v_pair { int a; double b; };
/* Structs by value, in and out. */
struct v_pair v_pair_make(int a, double b);
double v_pair_sum(struct v_pair p);
typedef struct { short lo, hi; } v_range;
v_range v_range_swap(v_range r);
struct v_big { long long words[8]; char tag; };
struct v_big v_big_fill(long long base);
long long v_big_sum(struct v_big b);
union v_num { int i; float f; };
union v_num v_num_int(int i);
int v_num_get(union v_num n);
struct v_outer { struct v_pair inner; int extra; };
int v_outer_sum(struct v_outer o);

#endif
