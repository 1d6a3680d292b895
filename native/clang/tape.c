/*
 * The tape: numbers in a growable double array, strings interned into one NUL-separated buffer.
 * walk_finish() hands both to JS in two values; native/decode.js reads them back.
 */
#include "cffi-clang.h"

#include <stdlib.h>
#include <string.h>

struct StringSlot {
  uint64_t hash;
  uint32_t offset, length;
  int32_t index; /* -1: empty slot */
};

static bool grow(void **p, size_t *cap, size_t need, size_t item) {
  if (need <= *cap) return true;
  size_t cap2 = *cap ? *cap : 1024;
  while (cap2 < need) cap2 *= 2;
  void *q = realloc(*p, cap2 * item);
  if (!q) return false;
  *p = q;
  *cap = cap2;
  return true;
}

void tape_num(Walk *w, double n) {
  Tape *t = &w->tape;
  if (!grow((void **)&t->data, &t->cap, t->len + 1, sizeof *t->data)) {
    w->failed = true;
    return;
  }
  t->data[t->len++] = n;
}

void tape_bool(Walk *w, bool b) {
  tape_num(w, b ? 1 : 0);
}

size_t tape_reserve(Walk *w) {
  tape_num(w, 0);
  return w->tape.len - 1;
}

void tape_patch(Walk *w, size_t slot, double n) {
  if (slot < w->tape.len) w->tape.data[slot] = n;
}

/* 8 bytes at a time: most strings are names and tokens, but some are long spellings */
static uint64_t hash_of(const char *s, size_t n) {
  uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ULL;
  for (; n >= 8; s += 8, n -= 8) {
    uint64_t k;
    memcpy(&k, s, 8);
    h = (h ^ k) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  uint64_t k = 0;
  memcpy(&k, s, n);
  h = (h ^ k) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 29);
}

static bool rehash(Tape *t) {
  size_t cap = t->capslots ? t->capslots * 2 : 4096;
  StringSlot *slots = malloc(cap * sizeof *slots);
  if (!slots) return false;
  for (size_t i = 0; i < cap; i++) slots[i].index = -1;
  for (size_t i = 0; i < t->capslots; i++) {
    if (t->slots[i].index < 0) continue;
    size_t j = (size_t)t->slots[i].hash & (cap - 1);
    while (slots[j].index >= 0) j = (j + 1) & (cap - 1);
    slots[j] = t->slots[i];
  }
  free(t->slots);
  t->slots = slots;
  t->capslots = cap;
  return true;
}

/* Appends a string to the table without looking for an equal one (comments are all different). */
static int32_t append_string(Walk *w, const char *s, size_t n) {
  Tape *t = &w->tape;
  if (t->nchars + n + 1 > UINT32_MAX || !grow((void **)&t->chars, &t->capchars, t->nchars + n + 1, 1)) {
    w->failed = true;
    return -1;
  }
  memcpy(t->chars + t->nchars, s, n);
  t->chars[t->nchars + n] = '\0';
  t->nchars += n + 1;
  return (int32_t)t->nstrings++;
}

int32_t tape_intern(Walk *w, const char *s) {
  if (!s) return -1;
  Tape *t = &w->tape;
  size_t n = strlen(s);
  if ((t->nstrings + 1) * 2 > t->capslots && !rehash(t)) {
    w->failed = true;
    return -1;
  }
  uint64_t h = hash_of(s, n);
  size_t i = (size_t)h & (t->capslots - 1);
  for (; t->slots[i].index >= 0; i = (i + 1) & (t->capslots - 1)) {
    StringSlot *slot = &t->slots[i];
    if (slot->hash == h && slot->length == n && memcmp(t->chars + slot->offset, s, n) == 0) return slot->index;
  }
  uint32_t offset = (uint32_t)t->nchars;
  int32_t index = append_string(w, s, n);
  if (index >= 0) t->slots[i] = (StringSlot){h, offset, (uint32_t)n, index};
  return index;
}

void tape_str(Walk *w, const char *s) {
  tape_num(w, tape_intern(w, s));
}

void tape_cxstr(Walk *w, CXString s) {
  tape_str(w, clang_getCString(s));
  clang_disposeString(s);
}

void tape_comment(Walk *w, CXCursor c) {
  CXString s = clang_Cursor_getRawCommentText(c);
  const char *text = clang_getCString(s);
  tape_num(w, text && *text ? append_string(w, text, strlen(text)) : -1);
  clang_disposeString(s);
}

void walk_init(Walk *w, napi_env env, CXTranslationUnit tu) {
  memset(w, 0, sizeof *w);
  w->env = env;
  w->tu = tu;
}

void walk_free(Walk *w) {
  map_free(&w->files);
  map_free(&w->entities);
  map_free(&w->types);
  map_free(&w->macro_ids);
  arena_free(&w->arena);
  queue_free(&w->queue);
  free(w->tape.data);
  free(w->tape.chars);
  free(w->tape.slots);
  memset(w, 0, sizeof *w);
}

napi_value walk_finish(Walk *w) {
  napi_env env = w->env;
  if (w->failed) {
    napi_throw_error(env, "ERR_CFFI_NATIVE", "cffi-import: out of memory while walking the translation unit");
    return NULL;
  }
  Tape *t = &w->tape;
  napi_value result, buffer, numbers, strings;
  void *bytes = NULL;
  size_t nbytes = t->len * sizeof *t->data;
  if (napi_create_object(env, &result) != napi_ok ||
      napi_create_arraybuffer(env, nbytes, &bytes, &buffer) != napi_ok ||
      napi_create_typedarray(env, napi_float64_array, t->len, buffer, 0, &numbers) != napi_ok)
    return NULL;
  if (nbytes) memcpy(bytes, t->data, nbytes);
  /* the last NUL is left out so that strings.split('\0') yields exactly nstrings entries */
  if (napi_create_string_utf8(env, t->chars ? t->chars : "", t->nchars ? t->nchars - 1 : 0, &strings) != napi_ok ||
      napi_set_named_property(env, result, "tape", numbers) != napi_ok ||
      napi_set_named_property(env, result, "strings", strings) != napi_ok)
    return NULL;
  return result;
}
