#include <stdlib.h>
#include <string.h>
#include "input.h"

static char kept[64];
static const char *kept_ptr;

int prm_keep(const char *text, prm_destructor how) {
  if (how == PRM_TRANSIENT) {
    strncpy(kept, text, sizeof kept - 1);
    kept_ptr = kept;
    return 1;
  }
  if (how == PRM_STATIC) {
    kept_ptr = text;
    return 0;
  }
  return -1;
}

const char *prm_kept(void) { return kept_ptr; }

void *prm_map(int fail) { return fail ? PRM_FAILED : (void *)kept; }

int prm_brightness(prm_color c) { return c.r + c.g + c.b + c.a; }

int prm_point_sum(struct prm_point p) { return p.x * 10 + p.y; }

struct prm_point prm_current = {4, 5};
