// Scalar parameters and results: each C integer width, floats, _Bool; range checks on the way in.
#ifndef SCALARS_H
#define SCALARS_H

/** Adds two ints. */
int s_add(int a, int b);
/* A 64-bit sum: results are BigInts, arguments take numbers or BigInts. */
unsigned long long s_add64(unsigned long long a, long long b);
long s_long_neg(long v);
double s_hyp(double x, double y);
float s_half(float v);
signed char s_neg8(signed char v);
unsigned char s_u8(unsigned char v);
short s_i16(short v);
unsigned short s_u16(unsigned short v);
unsigned int s_u32(unsigned int v);
_Bool s_is_even(int v);
_Bool s_not(_Bool v);
void s_set_errno(int v);
int s_calls(void);

#endif
