// @only: e_* E_* EV_*
// Enums: negative, implicit, duplicated and 64-bit values, as parameters, results and fields; typedef names;
// names from ffi.string; literal-union types in .d.ts.
#ifndef ENUMS_H
#define ENUMS_H

enum e_color { E_RED = -1, E_GREEN = 7, E_BLUE, E_VERDANT = 7 };
enum e_wide { EV_BIG = 0xFFFFFFFFFFFFFFFFULL, EV_ONE = 1 };
enum e_signed_wide { EV_NEG = -0x7FFFFFFFFFFFFFFFLL - 1, EV_POS = 5 };
typedef enum { E_SMALL, E_LARGE = 1 << 20 } e_size;
enum e_unused { E_UNUSED_A = 3 };
enum { E_ANON = 12 };

int e_color_value(enum e_color c);
enum e_color e_next(enum e_color c);
e_size e_bigger(e_size s);

struct e_holder { enum e_color color; e_size size; };
int e_holder_sum(const struct e_holder *h);

#endif
