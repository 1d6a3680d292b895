// `_Nonnull` pointers lose `| null` in .d.ts; `deprecated("msg")` becomes `@deprecated msg` in JSDoc.
#ifndef NULLABILITY_H
#define NULLABILITY_H
#ifndef __clang__
#define _Nonnull
#define _Nullable
#endif
#define ND_DEPRECATED(msg) __attribute__((deprecated(msg)))

int *_Nonnull nd_first(int *_Nonnull items);
int *_Nullable nd_find(int *_Nullable items, int n, int x);
const char *_Nonnull nd_name(void);
int *nd_plain(int *p);
typedef int *_Nonnull nd_ref;
int nd_deref(nd_ref r);
int nd_old(int x) ND_DEPRECATED("use nd_new");
int nd_older(int x) __attribute__((deprecated));
int nd_new(int x);

#endif
