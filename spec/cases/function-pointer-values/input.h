// Function pointers as values: read from a field, an array, a global or a result, callable from JS.
#ifndef FUNCTION_POINTER_VALUES_H
#define FUNCTION_POINTER_VALUES_H

#include <stddef.h>
#include <stdint.h>

typedef int (*fp_binop)(int, int);
struct fp_point { int x, y; };
/** Never defined: a function type that passes it by value cannot be called from JS. */
struct fp_hidden;

struct fp_ops {
  fp_binop add;
  int (*table[3])(int);
  double (*scale)(double, double);
  const char *(*name)(int);
  struct fp_point (*make)(int, int);
  int (*sum)(const struct fp_point *);
  int64_t (*wide)(uint64_t);
  void (*touch)(int *);
  size_t (*length)(const char *);
  int (*printf_like)(const char *, ...);
  int (*none)(int);
  int (*apply)(int (*)(int), int);
  void (*hidden)(struct fp_hidden);
};

/** Fills `ops`; `none` stays NULL. */
void fp_init(struct fp_ops *ops);
/** A function pointer as a result: 0 → add, 1 → twice, 2 → NULL. */
int (*fp_pick(int which))(int);
/** Calls `f(x)` from C: a pointer read from C passes back. */
int fp_apply(int (*f)(int), int x);
/** The binary operation a global holds. */
extern fp_binop fp_current;
/** The unary operations, a global array. */
extern int (*fp_unary[2])(int);
/** A pointer to a function that returns a function pointer: `fp_chooser(0)` is `twice`. */
extern int (*(*fp_chooser)(int))(int);

#endif
