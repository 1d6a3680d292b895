// Comments reach the .d.ts across export macros, blank lines, attributes, and macro-written declarations.
#define FOO_API __attribute__((visibility("default")))
#define BAR_API
#define FOO_EXPORT(ret, name, params) FOO_API ret name params;

/** Adds two numbers. */
FOO_API int add(int a, int b);

/** Subtracts, with an empty export macro. */
BAR_API int sub(int a, int b);

/** Across a blank line. */

int blank(void);

/** Through an attribute line. */
__attribute__((deprecated("use add")))
int old_add(int a, int b);

/** Written through a macro. */
FOO_EXPORT(int, mul, (int x, int y))

int glued(void);
/* documents glued, zlib style */

int next(void);
