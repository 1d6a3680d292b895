#include "input.h"

__float128 ur_twice(__float128 x) { return x * 2; }
ur_v4f ur_splat(float x) { return (ur_v4f){x, x, x, x}; }
size_t ur_sizeof_quad(void) { return sizeof(struct ur_quad); }
size_t ur_sizeof_vec(void) { return sizeof(struct ur_vec); }
int ur_quad_b(const struct ur_quad *q) { return q->b; }
int ur_vec_b(const struct ur_vec *v) { return v->b; }
