/* Small containers for one call: a pointer-keyed hash map and a bump allocator. */
#include "cffi-clang.h"

#include <stdlib.h>
#include <string.h>

static size_t slot_of(uintptr_t key, size_t cap) {
  uint64_t h = (uint64_t)key;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return (size_t)h & (cap - 1);
}

void *map_get(const PtrMap *m, uintptr_t key) {
  if (m->cap == 0) return NULL;
  for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
    if (m->keys[i] == key) return m->values[i];
    if (m->keys[i] == 0) return NULL;
  }
}

static bool map_grow(PtrMap *m) {
  size_t cap = m->cap ? m->cap * 2 : 256;
  uintptr_t *keys = calloc(cap, sizeof *keys);
  void **values = calloc(cap, sizeof *values);
  if (!keys || !values) {
    free(keys);
    free(values);
    return false;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (m->keys[i] == 0) continue;
    size_t j = slot_of(m->keys[i], cap);
    while (keys[j] != 0) j = (j + 1) & (cap - 1);
    keys[j] = m->keys[i];
    values[j] = m->values[i];
  }
  free(m->keys);
  free(m->values);
  m->keys = keys;
  m->values = values;
  m->cap = cap;
  return true;
}

bool map_put(PtrMap *m, uintptr_t key, void *value) {
  if ((m->len + 1) * 2 > m->cap && !map_grow(m)) return false;
  size_t i = slot_of(key, m->cap);
  while (m->keys[i] != 0 && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
  if (m->keys[i] == 0) m->len++;
  m->keys[i] = key;
  m->values[i] = value;
  return true;
}

void map_free(PtrMap *m) {
  free(m->keys);
  free(m->values);
  memset(m, 0, sizeof *m);
}

struct ArenaBlock {
  ArenaBlock *next;
  size_t used, cap;
  max_align_t data[];
};

void *arena_alloc(Arena *a, size_t size) {
  size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
  ArenaBlock *b = a->head;
  if (!b || b->cap - b->used < size) {
    size_t cap = size > 60000 ? size : 60000;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = a->head;
    b->used = 0;
    b->cap = cap;
    a->head = b;
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  return p;
}

char *arena_strdup(Arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = arena_alloc(a, n);
  if (p) memcpy(p, s, n);
  return p;
}

void arena_free(Arena *a) {
  while (a->head) {
    ArenaBlock *next = a->head->next;
    free(a->head);
    a->head = next;
  }
}
