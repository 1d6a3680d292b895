// What this version cannot call is skipped with a diagnostic (see expected/ir.json), never half-made.
#ifndef SKIPPED_H
#define SKIPPED_H

struct k_pair { int a, b; };
int k_variadic(struct k_pair p, ...);
int k_noproto();
int k_kept(int v);
#define K_NOT_CONST k_kept
#define K_FUNC_LIKE(x) ((x) + 1)
#define K_EMPTY
#define K_CONST 3

#endif
