#include "input.h"
#include <errno.h>

static int calls;
int s_add(int a, int b) { calls++; return a + b; }
unsigned long long s_add64(unsigned long long a, long long b) { return a + (unsigned long long)b; }
long s_long_neg(long v) { return -v; }
double s_hyp(double x, double y) { return x * x + y * y; }
float s_half(float v) { return v / 2; }
signed char s_neg8(signed char v) { return (signed char)-v; }
unsigned char s_u8(unsigned char v) { return (unsigned char)(v + 1); }
short s_i16(short v) { return (short)(v - 1); }
unsigned short s_u16(unsigned short v) { return (unsigned short)(v + 1); }
unsigned int s_u32(unsigned int v) { return v + 1; }
_Bool s_is_even(int v) { return v % 2 == 0; }
_Bool s_not(_Bool v) { return !v; }
void s_set_errno(int v) { errno = v; }
int s_calls(void) { return calls; }
