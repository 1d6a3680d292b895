#include "input.h"
#include <stdlib.h>
#include <string.h>

const char *t_greeting(void) { return "hello, strings"; }
char *t_strdup(const char *s) { return strdup(s); }
void t_free(void *p) { free(p); }
unsigned long t_sum_bytes(const void *data, unsigned long n) {
  const unsigned char *p = data;
  unsigned long sum = 0;
  for (unsigned long i = 0; i < n; i++) sum += p[i];
  return sum;
}
unsigned long t_strlen(const char *s) { return s ? strlen(s) : 999; }
void t_upper(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
}
const char *t_maybe(int give) { return give ? "given" : 0; }
unsigned long t_label_len(const struct t_named *n) { return n->label ? strlen(n->label) : 0; }
