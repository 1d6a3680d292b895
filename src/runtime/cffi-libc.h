/*
 * cffi-libc.h — part of the cffi-import C runtime (included by cffi.h): the few C library functions
 * the runtime calls, declared here instead of through <stdlib.h>, <string.h>, <stdio.h> and
 * <math.h>. Those headers bring libc's own records (struct timeval, through <sys/types.h>) into
 * every module, and a module of kernel UAPI headers (linux/timex.h) defines them again: the
 * generated C must include no more than the user's headers need. The declarations are the
 * standard ones, so a user's header that does include those libc headers redeclares them
 * compatibly.
 */
#ifndef CFFI_IMPORT_LIBC_H
#define CFFI_IMPORT_LIBC_H

#include <stddef.h>

void *malloc(size_t size);
void free(void *ptr);
void *memcpy(void *restrict dest, const void *restrict src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
int snprintf(char *restrict s, size_t n, const char *restrict format, ...);
double fabs(double x);
double trunc(double x);

#endif
