#include <string.h>
#include "input.h"

int fm_add(int a, int b) { return a + b; }
long fm_scale(long v, int by, int unit) { return v * by / unit; }
int fm_sum(const int *xs, size_t n) {
  int s = 0;
  for (size_t i = 0; i < n; i++) s += xs[i];
  return s;
}
double fm_half(double x) { return x / 2; }
const char *fm_name(int code) { return code == 0 ? "zero" : "other"; }
int fm_version(int major, const char *tag) { return major * 100 + (int)strlen(tag); }
int fm_fill(struct fm_buf *b, const char *s) {
  size_t n = strlen(s);
  if (n >= sizeof b->data) n = sizeof b->data - 1;
  memcpy(b->data, s, n);
  b->data[n] = 0;
  b->len = (int)n;
  return b->len;
}
