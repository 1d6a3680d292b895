#include "input.h"
#include <stdlib.h>
#include <string.h>

int o_list_sum(const struct o_node *n) {
  int s = 0;
  for (; n; n = n->next) s += n->value;
  return s;
}
/* How many bytes of the label are c, or -1 if any other byte is found first. */
unsigned long o_label_check(const struct o_node *n, char c) {
  const char *s = n->label;
  unsigned long i = 0;
  for (; s[i]; i++)
    if (s[i] != c) return (unsigned long)-1;
  return i;
}
long o_sum(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
unsigned long o_bytes_check(const void *data, unsigned long n, unsigned char c) {
  const unsigned char *p = data;
  for (unsigned long i = 0; i < n; i++)
    if (p[i] != c) return i;
  return n;
}
static int freed;
int *o_alloc(int n, int fill) {
  int *p = malloc(sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++) p[i] = fill;
  return p;
}
void o_free(int *p) { freed++; free(p); }
int o_freed(void) { return freed; }
