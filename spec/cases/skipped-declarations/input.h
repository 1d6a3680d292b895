// What this version cannot call is skipped with a diagnostic (see expected/ir.json), never half-made.
#ifndef SKIPPED_H
#define SKIPPED_H

int k_variadic(const char *fmt, ...);
int k_noproto();
int k_kept(int v);
#define K_NOT_CONST k_kept
#define K_FUNC_LIKE(x) ((x) + 1)
#define K_EMPTY
#define K_CONST 3

#endif
