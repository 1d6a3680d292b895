// Opaque types: usable through pointers; ffi.new, ffi.sizeof or a field of one says the type is opaque.
#ifndef OPAQUE_H
#define OPAQUE_H

struct ot_handle;
typedef struct ot_handle ot_handle;
typedef struct ot_other *ot_other_ref;

ot_handle *ot_open(int value);
int ot_value(const ot_handle *h);
void ot_close(ot_handle *h);
struct ot_holder { ot_handle *h; int tag; };
int ot_holder_value(const struct ot_holder *holder);

#endif
