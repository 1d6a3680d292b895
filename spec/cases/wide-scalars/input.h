// Scalars wider than a JS number: `__int128` ↔ bigint (exact, range-checked); `long double` ↔ number
// (rounded to a double on the way out); `_Complex float/double` ↔ { re, im }.
#ifndef WIDE_SCALARS_H
#define WIDE_SCALARS_H
#include <stddef.h>
#include <sys/types.h>
#include <uchar.h>

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

long double w_ld_third(void);
/* x * 3 in long double: exact for a double x with a few bits */
long double w_ld_triple(long double x);
/* whether x is exactly 2^-1074 (a double's smallest) in long double */
int w_ld_is_tiny(long double x);
/* (x + 1) - x in long double: 1 when the sum is exact (it is in 64 bits of mantissa for x = 2^60) */
double w_ld_precise(long double x);

struct w_reals {
  char tag;
  long double ld;
  double d;
};
long double w_reals_sum(const struct w_reals *r);
void w_reals_set(struct w_reals *r, long double ld);

extern long double w_ld_global;

typedef _Complex double w_cd;
_Complex double w_cmul(_Complex double a, _Complex double b);
_Complex float w_cmulf(_Complex float a, const _Complex float b);
/* the real part, as C sees the argument */
double w_creal(w_cd z);
double w_cimag(w_cd z);
struct w_has_complex {
  int before;
  _Complex double z; /* skipped (CI013): no complex type for memory views yet */
  int after;
};
int w_after(const struct w_has_complex *p);

/* the platform's other integer types: each an integer kind, typed as such */
wchar_t w_wchar(wchar_t c);
char16_t w_char16(char16_t c);
char32_t w_char32(char32_t c);
ssize_t w_ssize(ssize_t n);
ptrdiff_t w_ptrdiff(ptrdiff_t n);

/* no faithful rule: skipped (CI013), never read as another type */
typedef float w_v4 __attribute__((vector_size(16)));
struct w_exotic {
  int first;
  __float128 quad;
  w_v4 vec;
  int last;
};
__float128 w_quad(void);
w_v4 w_vec(void);
int w_exotic_last(const struct w_exotic *p);

#endif
