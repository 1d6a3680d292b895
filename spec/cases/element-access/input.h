// Element access: p[i] and p[i] = v on pointers and arrays, out-parameters, multi-dimensional arrays.
#ifndef ELEMENT_ACCESS_H
#define ELEMENT_ACCESS_H
#include <stdbool.h>
#include <stdint.h>

struct ea_point { int x; int y; };

/* One array of each element kind. */
struct ea_table {
  int cells[2][3];
  uint64_t big[2];
  struct ea_point pts[2];
  const char *names[2];
  bool flags[3];
  double weights[2];
  int *row;
};

/* An opaque handle, made through an out-parameter (the sqlite3_open pattern). */
typedef struct ea_handle ea_handle;
int ea_open(const char *name, ea_handle **out);
const char *ea_name(const ea_handle *h);
int ea_close(ea_handle *h);

/* C fills and reads JS memory. */
void ea_fill(int *out, int n, int start);
long ea_sum(const int *v, int n);
uint64_t ea_big_sum(const uint64_t *v, int n);
int ea_grid_sum(const int g[2][3]);
int ea_count_out(int *count, double *mean);
void ea_fill_table(struct ea_table *t);
int ea_table_sum(const struct ea_table *t);
int ea_names_len(const char *const *names, int n);

/* C memory: a static array behind a pointer result, and array globals. */
int *ea_static(void);
struct ea_table *ea_static_table(void);
int ea_static_sum(void);
extern int ea_scores[4];
extern int ea_matrix[2][2];
int ea_scores_sum(void);

#endif
