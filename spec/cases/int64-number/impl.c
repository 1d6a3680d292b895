#include "input.h"

int64_t in_global = 1LL << 62;
int64_t in_echo(int64_t x) { return x; }
uint64_t in_umax(void) { return ~0ULL; }
struct in_pair in_pair_make(int64_t a, uint64_t b) {
  struct in_pair p = {a, b};
  return p;
}
