// @int64: number
// --int64 number: 64-bit results, fields and globals read as numbers, a RangeError when not exact.
#ifndef INT64_NUMBER_H
#define INT64_NUMBER_H
#include <stdint.h>

struct in_pair { int64_t a; uint64_t b; };
extern int64_t in_global;
int64_t in_echo(int64_t x);
uint64_t in_umax(void);
struct in_pair in_pair_make(int64_t a, uint64_t b);

#endif
