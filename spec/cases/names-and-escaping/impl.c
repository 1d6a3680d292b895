#include "input.h"

int delete(struct constructor *d) { return d->__proto__ + d->delete + d->constructor; }
int yield(int await, int new, int class) { return await * 100 + new * 10 + class; }
int __proto__(int x) { return x + 2; }
int toString(int function) { return function * 3; }
int hasOwnProperty(int this) { return this - 1; }
int n_sum_fields(const struct constructor *c) {
  return c->__proto__ + c->constructor + c->prototype + c->toString + c->hasOwnProperty + c->valueOf + c->get +
         c->set + c->value + c->address + c->add + c->equals + c->delete + c->class + c->function;
}
this n_this(this v) { return v + 1; }
int arguments = 3;
int eval = 4;
int n_dollar_sum(const struct n_dollar *d) {
  return d->$v + d->$a * 2 + d->$o * 4 + d->$x * 8 + d->$t * 16 + d->$n * 32 + d->$member * 64 +
         d->$elementView * 128 + d->$$v * 256 + d->$ * 512 + d->plain$ * 1024;
}
