#include "input.h"
#include <stdlib.h>
#include <string.h>

struct ea_handle { char name[32]; };

int ea_open(const char *name, ea_handle **out) {
  if (!name || !*name) {
    *out = NULL;
    return 1;
  }
  ea_handle *h = calloc(1, sizeof *h);
  strncpy(h->name, name, sizeof h->name - 1);
  *out = h;
  return 0;
}
const char *ea_name(const ea_handle *h) { return h->name; }
int ea_close(ea_handle *h) {
  free(h);
  return 0;
}

void ea_fill(int *out, int n, int start) {
  for (int i = 0; i < n; i++) out[i] = start + i;
}
long ea_sum(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
uint64_t ea_big_sum(const uint64_t *v, int n) {
  uint64_t s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
int ea_grid_sum(const int g[2][3]) {
  int s = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) s += g[i][j] * (i * 10 + j + 1);
  return s;
}
int ea_count_out(int *count, double *mean) {
  *count = 3;
  *mean = 2.5;
  return 0;
}

static int row[3] = {7, 8, 9};
void ea_fill_table(struct ea_table *t) {
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) t->cells[i][j] = i * 3 + j;
  t->big[0] = UINT64_MAX;
  t->big[1] = (1ULL << 62) + 1;
  t->pts[1].x = 11;
  t->pts[1].y = 12;
  t->names[0] = "alpha";
  t->names[1] = NULL;
  t->flags[2] = true;
  t->weights[1] = 0.25;
  t->row = row;
}
int ea_table_sum(const struct ea_table *t) {
  int s = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++) s += t->cells[i][j];
  for (int i = 0; i < 2; i++) s += t->pts[i].x + t->pts[i].y;
  for (int i = 0; i < 3; i++) s += t->flags[i] ? 100 : 0;
  return s;
}
int ea_names_len(const char *const *names, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += names[i] ? (int)strlen(names[i]) : 0;
  return s;
}

static int statics[4] = {1, 2, 3, 4};
int *ea_static(void) { return statics; }
static struct ea_table table;
struct ea_table *ea_static_table(void) {
  ea_fill_table(&table);
  return &table;
}
int ea_static_sum(void) { return statics[0] + statics[1] + statics[2] + statics[3]; }
int ea_scores[4] = {10, 20, 30, 40};
int ea_matrix[2][2] = {{1, 2}, {3, 4}};
int ea_scores_sum(void) { return ea_scores[0] + ea_scores[1] + ea_scores[2] + ea_scores[3] + ea_matrix[1][0]; }
