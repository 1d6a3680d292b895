#include "hostile.h"
#include <stdlib.h>
#include <string.h>

static struct h_rec rec = {"static", 77};
static int freed;
static const h_char16 u16[] = {'h', 0xe9, 0xd83d, 0xde00, 0};
static const h_char32 u32[] = {'h', 0xe9, 0x1f600, 0};
static const wchar_t wide[] = L"w\u00e9!";

struct h_rec *h_static(void) { return &rec; }
int32_t h_static_tail(void) { return rec.tail; }
int32_t h_sum_pair(struct h_pair p) { return p.x + p.y; }
int64_t h_sum_ints(const int32_t *v, int32_t n) {
  int64_t s = 0;
  for (int32_t i = 0; i < n; i++) s += v[i];
  return s;
}
void h_out_int(int32_t *out, int32_t v) { *out = v; }
void h_out_rec(struct h_rec **out) { *out = &rec; }
size_t h_len(const char *s) { return s ? strlen(s) : 0; }
size_t h_fill(void *p, size_t n, uint8_t c) {
  if (p) memset(p, c, n);
  return n;
}
uint64_t h_addr(const void *p) { return (uint64_t)(uintptr_t)p; }
void *h_malloc(size_t n) { return calloc(1, n); }
void h_free(void *p) {
  freed++;
  free(p);
}
int h_freed(void) { return freed; }
const h_char16 *h_u16(void) { return u16; }
const h_char32 *h_u32(void) { return u32; }
const wchar_t *h_wide(void) { return wide; }
