// Records: live field views, typedef names for them, pointers between them, nested records.
#ifndef RECORDS_H
#define RECORDS_H

/** A point in a linked list. */
struct r_point {
  int x;
  int y;
  double w;
  const char *label;
  struct r_point *next;
};

typedef struct r_point r_point_t;
typedef r_point_t *r_point_p;

int r_point_sum(const r_point_t *p);
r_point_p r_point_next(r_point_p p);
void r_point_link(struct r_point *a, struct r_point *b);
void r_point_scale(struct r_point *p, int k);

struct r_pair { short lo; short hi; };

/** A record holding records. */
struct r_box {
  char tag;
  struct r_pair pair;
  struct r_point corner;
  struct { int depth; struct r_pair inner; } nested;
  long long big;
  unsigned long long ubig;
  float ratio;
};

int r_box_check(const struct r_box *b);

#endif
