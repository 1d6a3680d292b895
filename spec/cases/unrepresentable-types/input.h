// __float128 and vector types have no faithful JS value: skipped with a diagnostic (CI013/CI014), records keep
// their true size and their other fields. (_Float16 and _Float128 are unknown to libclang 14 on x86-64.)
#ifndef UNREPRESENTABLE_H
#define UNREPRESENTABLE_H
#include <stddef.h>

typedef float ur_v4f __attribute__((vector_size(16)));
struct ur_quad { int a; __float128 q; int b; };
struct ur_vec { int a; ur_v4f v; int b; };
__float128 ur_twice(__float128 x);
ur_v4f ur_splat(float x);
size_t ur_sizeof_quad(void);
size_t ur_sizeof_vec(void);
int ur_quad_b(const struct ur_quad *q);
int ur_vec_b(const struct ur_vec *v);

#endif
