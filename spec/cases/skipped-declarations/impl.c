#include "input.h"

int k_variadic(struct k_pair p, ...) { return p.a; }
int k_noproto() { return 1; }
int k_kept(int v) { return v + 1; }
