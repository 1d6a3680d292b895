// Pointer-valued and compound-literal macros: typed pointer objects and record values from the compiler.
#ifndef PRM_H
#define PRM_H

#include <stddef.h>

typedef void (*prm_destructor)(void *);
typedef struct { unsigned char r, g, b, a; } prm_color;
struct prm_point { int x; int y; };

#define PRM_STATIC ((prm_destructor)0)
#define PRM_TRANSIENT ((prm_destructor)-1)
#define PRM_FAILED ((void *) -1)
#define PRM_NONE ((void *) 0)
#define PRM_NULL NULL
#define PRM_INTS ((int *)16)
#define PRM_WHITE ((prm_color){255, 255, 255, 255})
#define PRM_ORIGIN ((struct prm_point){0})
#define PRM_CORNER ((struct prm_point){.x = -3, .y = 7})
#define PRM_IOC(dir, nr) (((dir) << 8) | (nr))
#define PRM_IOC_GET PRM_IOC(2, sizeof(struct prm_point))
#define PRM_NOT_EXPR do { } while (0)
#define PRM_TYPE unsigned long
#define PRM_STATEMENT ({ struct prm_point p_ = {1, 2}; p_; })
#define PRM_LIVE prm_current

/* keeps what it is given, as sqlite3_bind_text does, per the destructor's rule */
int prm_keep(const char *text, prm_destructor how);
const char *prm_kept(void);
void *prm_map(int fail);
int prm_brightness(prm_color c);
int prm_point_sum(struct prm_point p);
extern struct prm_point prm_current;

#endif
