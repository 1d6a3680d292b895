// @signature: int up_add(int, int)
// @signature: double up_scale(double, long)
// Functions declared without a prototype: skipped (CI015) unless --signature gives the parameters.
#ifndef UNPROTO_H
#define UNPROTO_H

int up_add();
double up_scale();
int up_left_out();
int up_proto(int x);

#endif
