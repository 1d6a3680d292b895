// @macro: int FM_SQUARE(int)
// Function-like macros: the compiler types those over declared functions, --macro declares the rest.
#ifndef FM_H
#define FM_H
#include <stddef.h>

struct fm_buf {
  int len;
  char data[16];
};

int fm_add(int a, int b);
long fm_scale(long v, int by, int unit);
int fm_sum(const int *xs, size_t n);
double fm_half(double x);
const char *fm_name(int code);
int fm_version(int major, const char *tag);
int fm_fill(struct fm_buf *b, const char *s);

/** Adds two ints: the arguments pass straight to fm_add. */
#define FM_ADD(a, b) fm_add((a), (b))
/* ten times v: constant extra arguments */
#define FM_TENFOLD(v) fm_scale((v), 10, 1)
/** n goes through a cast: it takes the cast's type */
#define FM_SUM(xs, n) fm_sum((xs), (size_t)(n))
/** x inside an argument expression takes the argument's type */
#define FM_HALF_PLUS(x) fm_half((x) + 1.0)
/** the expansion is an expression around a call: its type is the compiler's */
#define FM_IS_ODD(a) (fm_add((a), 0) % 2 != 0)
/** no arguments */
#define FM_VERSION() fm_version(3, "fm")
/** a macro over a macro */
#define FM_ADD3(a, b, c) FM_ADD(FM_ADD((a), (b)), (c))
/** a pointer result and a record pointer argument */
#define FM_NAME(code) fm_name(code)
#define FM_FILL(b, s) fm_fill((b), (s))
/** no declared function says what a and b are: skipped, CI011 names the --macro line */
#define FM_MAX(a, b) ((a) > (b) ? (a) : (b))
/** declared, but this library's build leaves it out: calling the macro throws, naming it */
int fm_absent(int x);
#define FM_ABSENT(x) fm_absent((x) + 1)
/** typed by the @macro line above */
#define FM_SQUARE(x) ((x) * (x))

#endif
