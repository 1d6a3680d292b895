#include "input.h"
#include <stdlib.h>

struct ot_handle { int value; };
ot_handle *ot_open(int value) {
  ot_handle *h = malloc(sizeof *h);
  h->value = value;
  return h;
}
int ot_value(const ot_handle *h) { return h->value; }
void ot_close(ot_handle *h) { free(h); }
int ot_holder_value(const struct ot_holder *holder) { return holder->h->value + holder->tag; }
