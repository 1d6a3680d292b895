// Pointers: typed, exact, NULL as null; opaque records; out-parameters; function-pointer fields.
#ifndef POINTERS_H
#define POINTERS_H

struct p_node { int value; struct p_node *next; };
typedef struct p_node p_node_t;
int p_value_or(const struct p_node *n, int fallback);
int p_is_null(const void *p);
void p_out(int *out, int v);
void p_out_node(struct p_node **out, struct p_node *n);
int p_deref2(int **pp);

struct p_opaque;
struct p_opaque *p_opaque_new(void);
int p_opaque_get(struct p_opaque *o);
void p_opaque_free(struct p_opaque *o);

typedef int (*p_binop)(int, int);
struct p_ops { p_binop op; int (*cmp)(const void *, const void *); };
int p_apply(const struct p_ops *ops, int a, int b);
void p_set_add(struct p_ops *ops);
int p_is_add(const struct p_ops *ops);
int p_add(int a, int b);
unsigned long p_address(const void *p);

#endif
