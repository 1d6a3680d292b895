// Fixed arrays: in records (one and two dimensions), as parameters, and from ffi.new.
#ifndef ARRAYS_H
#define ARRAYS_H

struct a_rec {
  char name[8];
  int values[4];
  short grid[2][3];
  double weights[2];
};

int a_rec_sum(const struct a_rec *r);
/* An array parameter is a pointer parameter. */
long a_sum(const int v[], int n);
void a_fill(int *out, int n, int start);

#endif
