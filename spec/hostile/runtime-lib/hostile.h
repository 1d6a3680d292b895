/* The hostile runtime cases' test library: every integer width, pointers, nested records, char[16]
 * fields, records by value, out-pointers, C-owned static memory, malloc'd memory, wide strings. */
#ifndef HOSTILE_H
#define HOSTILE_H
#include <stddef.h>
#include <stdint.h>

struct h_inner {
  int8_t i8; uint8_t u8; int16_t i16; uint16_t u16; int32_t i32; uint32_t u32; int64_t i64; uint64_t u64;
};
struct h_rec {
  char name[16];
  int32_t tail;
  struct h_inner inner;
  struct h_inner items[3];
  const char *label;
  double f;
  unsigned flags : 3;
  unsigned mode : 5;
};
struct h_pair { int32_t x; int32_t y; };
enum h_color { H_RED = 1, H_GREEN = 2, H_BLUE = 4 };
typedef uint16_t h_char16;
typedef uint32_t h_char32;

struct h_rec *h_static(void);
int32_t h_static_tail(void);
int32_t h_sum_pair(struct h_pair p);
int64_t h_sum_ints(const int32_t *v, int32_t n);
void h_out_int(int32_t *out, int32_t v);
void h_out_rec(struct h_rec **out);
size_t h_len(const char *s);
size_t h_fill(void *p, size_t n, uint8_t c);
uint64_t h_addr(const void *p);
void *h_malloc(size_t n);
void h_free(void *p);
int h_freed(void);
const h_char16 *h_u16(void);
const h_char32 *h_u32(void);
const wchar_t *h_wide(void);
#endif
