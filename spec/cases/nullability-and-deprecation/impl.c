#include "input.h"
#include <stddef.h>

int *nd_first(int *items) { return items; }
int *nd_find(int *items, int n, int x) {
  for (int i = 0; items && i < n; i++)
    if (items[i] == x) return items + i;
  return NULL;
}
const char *nd_name(void) { return "nd"; }
int *nd_plain(int *p) { return p; }
int nd_deref(nd_ref r) { return *r; }
int nd_old(int x) { return x; }
int nd_older(int x) { return x; }
int nd_new(int x) { return x + 1; }
