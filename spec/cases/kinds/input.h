// @only: /^k_/ K_* KV_*
// Every declaration kind this version emits, with the corners that break importers.
#ifndef KINDS_H
#define KINDS_H

/** Adds two ints. */
int k_add(int a, int b);
/* A 64-bit sum: results are BigInts, arguments take numbers or BigInts. */
unsigned long long k_add64(unsigned long long a, long long b);
double k_hyp(double x, double y);
signed char k_neg8(signed char v);
unsigned short k_u16(unsigned short v);
_Bool k_is_even(int v);
const char *k_greeting(void);
char *k_strdup(const char *s);
void k_free(void *p);
unsigned long k_strlen_bytes(const void *data, unsigned long n);

// A point. This comment holds */ which must not close the JSDoc.
struct k_point {
  int x;
  int y;
  double w;
  const char *label;
  struct k_point *next;
};

typedef struct k_point k_point_t;
typedef k_point_t *k_point_p;

int k_point_sum(const k_point_t *p);
k_point_p k_point_next(k_point_p p);
void k_point_link(struct k_point *a, struct k_point *b);

typedef int (*k_binop)(int, int);

struct k_record {
  unsigned char tag;
  unsigned flags : 3;
  signed level : 4;
  char name[8];
  int values[4];
  struct { short lo; short hi; } pair;
  union { int i; float f; };
  unsigned long long big;
  k_binop op;
};

int k_record_check(const struct k_record *r);

enum k_color { K_RED = -1, K_GREEN = 7, K_BLUE };
enum k_wide { KV_BIG = 0xFFFFFFFFFFFFFFFFULL };

int k_color_value(enum k_color c);

struct k_opaque;
struct k_opaque *k_opaque_new(void);
int k_opaque_get(struct k_opaque *o);

extern int k_counter;
extern const char *const k_name;
extern const int k_table[4];
/* Two anonymous records on one line. */
struct k_two { struct { int a; } x; struct { int b; } y; };
int k_two_sum(struct k_two *t);

static inline int k_twice(int v) { return v * 2; }

#define K_ANSWER 42
#define K_NEG (-1)
#define K_VERSION "1.0-kinds"
#define K_SHIFTED (1u << 31)
#define K_BIG64 0x7FFFFFFFFFFFFFFFLL
#define K_HALF 0.5
#define K_EXPR (K_ANSWER * 2 + 1)
#define K_NOT_CONST k_add
#define K_FUNC_LIKE(x) ((x) + 1)

struct k_pair { int a; double b; };
/* Structs by value, in and out. */
struct k_pair k_pair_make(int a, double b);
double k_pair_sum(struct k_pair p);
typedef struct { short lo, hi; } k_range;
k_range k_range_swap(k_range r);

int k_variadic(const char *fmt, ...);
int k_noproto();

#endif
