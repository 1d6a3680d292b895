// Scalars wider than a JS number: `__int128` ↔ bigint (exact, range-checked).
#ifndef WIDE_SCALARS_H
#define WIDE_SCALARS_H

typedef __int128 w_i128;
typedef unsigned __int128 w_u128;

__int128 w_echo_i128(__int128 x);
unsigned __int128 w_echo_u128(unsigned __int128 x);
__int128 w_max_i128(void);
__int128 w_min_i128(void);
/* a * b, computed in 128 bits */
w_i128 w_mul_i128(long long a, long long b);
/* the low 64 bits of x, to check what C received */
unsigned long long w_low(w_u128 x);
/* the high 64 bits of x */
unsigned long long w_high(w_u128 x);

struct w_pair {
  char tag;
  __int128 s;
  unsigned __int128 u;
};
/* p->s + p->u, wrapping */
unsigned __int128 w_pair_sum(const struct w_pair *p);
struct w_pair w_pair_make(__int128 s, unsigned __int128 u);

extern __int128 w_global;
__int128 w_read_global(void);

#endif
