// Who owns memory: ffi.new memory belongs to its object and every pointer derived from it; stored
// pointers keep what they point to alive; ffi.gc gives C memory a destructor; ffi.release frees now.
#ifndef MEMORY_H
#define MEMORY_H

struct o_node { int value; const char *label; struct o_node *next; };
struct o_outer { int head; struct o_node inner; int items[64]; };

int o_list_sum(const struct o_node *n);
unsigned long o_label_check(const struct o_node *n, char c);
long o_sum(const int *v, int n);
unsigned long o_bytes_check(const void *data, unsigned long n, unsigned char c);

/* C-owned memory, counted so that JS can see when its destructor ran. */
int *o_alloc(int n, int fill);
void o_free(int *p);
int o_freed(void);

#endif
