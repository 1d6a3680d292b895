// Variadic functions: fixed parameters convert as usual, each extra carries its C type (libffi call).
#ifndef VARIADIC_FUNCTIONS_H
#define VARIADIC_FUNCTIONS_H

#include <stddef.h>

/**
 * Writes each extra into `out` as `<kind>:<value>` by the letters of `format`: i int, u unsigned,
 * l long, L unsigned long, d double, p pointer (%p), s string; returns how many it read.
 */
int va_echo(char *out, size_t size, const char *format, ...);

/** The sum of `count` int extras. */
long va_sum_ints(int count, ...);

/** The sum of `count` double extras (a float extra arrives as a double). */
double va_sum_doubles(int count, ...);

/** Stores `count` int extras at `where`: a void result, a pointer as a fixed parameter. */
void va_store(int *where, int count, ...);

/** The `index`-th of the string extras that follow: a string result. */
const char *va_pick(int index, ...);

/** Sets errno to `code` and returns -1. */
int va_fail(int code, ...);

#endif
