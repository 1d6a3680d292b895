// @only: sel_* /^SEL_[A-Z]+$/
// @exclude: sel_secret* SEL_HIDDEN
// --only and --exclude apply to every kind (functions, macros); what the selection needs comes along.
#ifndef SELECTION_H
#define SELECTION_H

struct dep_point { int x; int y; };
struct dep_handle { int secret; };
typedef struct dep_point dep_point_t;
enum dep_mode { DEP_FAST = 1, DEP_SLOW = 2 };

int sel_norm(dep_point_t p);
struct dep_handle *sel_open(int v);
int sel_read(struct dep_handle *h);
void sel_close(struct dep_handle *h);
int sel_mode(enum dep_mode m);
int sel_secret_key(void);
int other_function(void);

#define SEL_ONE 1
#define SEL_HIDDEN 2
#define SEL_with_lower 3
#define OTHER_MACRO 4

#endif
