#include "input.h"

__int128 w_echo_i128(__int128 x) { return x; }
unsigned __int128 w_echo_u128(unsigned __int128 x) { return x; }
__int128 w_max_i128(void) { return (__int128)(((unsigned __int128)1 << 127) - 1); }
__int128 w_min_i128(void) { return -w_max_i128() - 1; }
w_i128 w_mul_i128(long long a, long long b) { return (__int128)a * b; }
unsigned long long w_low(w_u128 x) { return (unsigned long long)x; }
unsigned long long w_high(w_u128 x) { return (unsigned long long)(x >> 64); }
unsigned __int128 w_pair_sum(const struct w_pair *p) { return (unsigned __int128)p->s + p->u; }
struct w_pair w_pair_make(__int128 s, unsigned __int128 u) {
  struct w_pair p = {'w', s, u};
  return p;
}
__int128 w_global = -5;
__int128 w_read_global(void) { return w_global; }

long double w_ld_third(void) { return 1.0L / 3; }
long double w_ld_triple(long double x) { return x * 3; }
int w_ld_is_tiny(long double x) { return x == 0x1p-1074L; }
double w_ld_precise(long double x) { return (double)((x + 1) - x); }
long double w_reals_sum(const struct w_reals *r) { return r->ld + r->d; }
void w_reals_set(struct w_reals *r, long double ld) { r->ld = ld; }
long double w_ld_global = 0.1L;

_Complex double w_cmul(_Complex double a, _Complex double b) { return a * b; }
_Complex float w_cmulf(_Complex float a, const _Complex float b) { return a * b; }
double w_creal(w_cd z) { return __real__ z; }
double w_cimag(w_cd z) { return __imag__ z; }
wchar_t w_wchar(wchar_t c) { return c + 1; }
char16_t w_char16(char16_t c) { return c + 1; }
char32_t w_char32(char32_t c) { return c + 1; }
ssize_t w_ssize(ssize_t n) { return n - 1; }
ptrdiff_t w_ptrdiff(ptrdiff_t n) { return n * 2; }
__float128 w_quad(void) { return 1; }
w_v4 w_vec(void) { return (w_v4){1, 2, 3, 4}; }
int w_exotic_last(const struct w_exotic *p) { return p->last; }
int w_after(const struct w_has_complex *p) { return p->after; }
