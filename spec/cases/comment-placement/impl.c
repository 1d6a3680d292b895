#include "input.h"

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int blank(void) { return 1; }
int old_add(int a, int b) { return a + b; }
int mul(int x, int y) { return x * y; }
int glued(void) { return 2; }
int next(void) { return 3; }
