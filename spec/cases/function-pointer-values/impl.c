#include "input.h"
#include <stdio.h>
#include <string.h>

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }
static double scale(double v, double k) { return v * k; }
static const char *name(int i) { return i == 0 ? "zero" : i == 1 ? "one" : NULL; }
static struct fp_point make(int x, int y) { struct fp_point p = { x, y }; return p; }
static int sum(const struct fp_point *p) { return p->x + p->y; }
static int64_t wide(uint64_t v) { return -(int64_t)(v / 2); }
static void touch(int *p) { *p += 1; }
static size_t length(const char *s) { return strlen(s); }

fp_binop fp_current = mul;
int (*fp_unary[2])(int) = { negate, square };

void fp_init(struct fp_ops *ops) {
  ops->add = add;
  ops->table[0] = twice;
  ops->table[1] = square;
  ops->table[2] = negate;
  ops->scale = scale;
  ops->name = name;
  ops->make = make;
  ops->sum = sum;
  ops->wide = wide;
  ops->touch = touch;
  ops->length = length;
  ops->printf_like = printf;
  ops->none = NULL;
  ops->apply = fp_apply;
  ops->hidden = NULL;
}

int (*fp_pick(int which))(int) { return which == 0 ? twice : which == 1 ? square : NULL; }

int fp_apply(int (*f)(int), int x) { return f(x); }

int (*(*fp_chooser)(int))(int) = fp_pick;
