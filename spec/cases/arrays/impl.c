#include "input.h"

int a_rec_sum(const struct a_rec *r) {
  int s = 0;
  for (int i = 0; i < 4; i++) s += r->values[i];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) s += r->grid[i][j] * 100;
  return s;
}
long a_sum(const int v[], int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
void a_fill(int *out, int n, int start) {
  for (int i = 0; i < n; i++) out[i] = start + i;
}
