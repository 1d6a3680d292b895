#include "input.h"

int e_color_value(enum e_color c) { return (int)c; }
enum e_color e_next(enum e_color c) { return c == E_RED ? E_GREEN : c == E_GREEN ? E_BLUE : E_RED; }
e_size e_bigger(e_size s) { return s == E_SMALL ? E_LARGE : s; }
int e_holder_sum(const struct e_holder *h) { return (int)h->color + (int)h->size; }
