#include "input.h"
#include <stdlib.h>

int sel_norm(dep_point_t p) { return p.x * p.x + p.y * p.y; }
struct dep_handle *sel_open(int v) { struct dep_handle *h = malloc(sizeof *h); h->secret = v; return h; }
int sel_read(struct dep_handle *h) { return h->secret; }
void sel_close(struct dep_handle *h) { free(h); }
int sel_mode(enum dep_mode m) { return (int)m * 10; }
int sel_secret_key(void) { return 42; }
int other_function(void) { return 0; }
