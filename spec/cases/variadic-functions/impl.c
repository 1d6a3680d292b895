#include "input.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

int va_echo(char *out, size_t size, const char *format, ...) {
  va_list ap;
  size_t used = 0;
  int n = 0;
  out[0] = '\0';
  va_start(ap, format);
  for (const char *f = format; *f; f++, n++) {
    char *at = out + used;
    size_t room = size - used;
    int w = 0;
    switch (*f) {
    case 'i': w = snprintf(at, room, "i:%d ", va_arg(ap, int)); break;
    case 'u': w = snprintf(at, room, "u:%u ", va_arg(ap, unsigned)); break;
    case 'l': w = snprintf(at, room, "l:%ld ", va_arg(ap, long)); break;
    case 'L': w = snprintf(at, room, "L:%lu ", va_arg(ap, unsigned long)); break;
    case 'd': w = snprintf(at, room, "d:%.17g ", va_arg(ap, double)); break;
    case 'p': w = snprintf(at, room, "p:%lx ", (unsigned long)va_arg(ap, void *)); break;
    case 's': {
      const char *s = va_arg(ap, const char *);
      w = snprintf(at, room, "s:%s ", s ? s : "(null)");
      break;
    }
    default: w = snprintf(at, room, "?:%c ", *f); break;
    }
    if (w > 0 && (size_t)w < room) used += (size_t)w;
  }
  va_end(ap);
  return n;
}

long va_sum_ints(int count, ...) {
  va_list ap;
  long sum = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) sum += va_arg(ap, int);
  va_end(ap);
  return sum;
}

double va_sum_doubles(int count, ...) {
  va_list ap;
  double sum = 0;
  va_start(ap, count);
  for (int i = 0; i < count; i++) sum += va_arg(ap, double);
  va_end(ap);
  return sum;
}

void va_store(int *where, int count, ...) {
  va_list ap;
  va_start(ap, count);
  for (int i = 0; i < count; i++) where[i] = va_arg(ap, int);
  va_end(ap);
}

const char *va_pick(int index, ...) {
  va_list ap;
  const char *s = NULL;
  va_start(ap, index);
  for (int i = 0; i <= index; i++) s = va_arg(ap, const char *);
  va_end(ap);
  return s;
}

int va_fail(int code, ...) {
  errno = code;
  return -1;
}
