#include "input.h"
#include <stdlib.h>

int fa_sum(const struct fa_msg *m) {
  int s = 0;
  for (int i = 0; i < m->len; i++) s += m->data[i];
  return s;
}
struct fa_msg *fa_make(int n) {
  struct fa_msg *m = malloc(sizeof *m + (size_t)n * sizeof m->data[0]);
  m->len = n;
  for (int i = 0; i < n; i++) m->data[i] = i * 10;
  return m;
}
void fa_free(struct fa_msg *m) { free(m); }
long long fa_words_sum(const struct fa_words *w) {
  long long s = 0;
  for (int i = 0; i < w->n; i++) s += w->items[i];
  return s;
}
