/*
 * The entity queue: records, enums and typedefs that a declaration reached (a type names them, or
 * they are nested in a record) and that are written right after it. Its own file so that the
 * writers that fill it (record.c, type.c) and the walk that drains it (walk.c) all depend on it,
 * and it on none of them.
 */
#include "cffi-clang.h"

#include <stdlib.h>

void queue_entity(Walk *w, CXCursor c, Entity *e) {
  if (e->emitted || e->queued) return;
  EntityQueue *q = &w->queue;
  if (q->len == q->cap) {
    size_t cap = q->cap ? q->cap * 2 : 64;
    CXCursor *p = realloc(q->cursors, cap * sizeof *p);
    if (!p) {
      w->failed = true;
      return;
    }
    q->cursors = p;
    q->cap = cap;
  }
  e->queued = true;
  q->cursors[q->len++] = c;
}

bool queue_next(Walk *w, CXCursor *out) {
  EntityQueue *q = &w->queue;
  if (w->failed || q->done >= q->len) return false;
  *out = q->cursors[q->done++];
  return true;
}

void queue_free(EntityQueue *q) {
  free(q->cursors);
  q->cursors = NULL;
  q->len = q->cap = q->done = 0;
}
