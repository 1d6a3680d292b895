// Flexible array members: ffi.new makes room for the items an initialiser gives; C-allocated ones index freely.
#ifndef FLEX_H
#define FLEX_H
#include <stddef.h>

struct fa_msg { int len; int data[]; };
struct fa_words { unsigned short n; double pad; long long items[]; };

int fa_sum(const struct fa_msg *m);
struct fa_msg *fa_make(int n);
void fa_free(struct fa_msg *m);
long long fa_words_sum(const struct fa_words *w);

#endif
