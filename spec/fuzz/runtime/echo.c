/* The test library of the runtime fuzzer: each function returns its argument unchanged. */
#include "echo.h"

#define ECHO(type, name) \
  type name(type v) { return v; }

ECHO(int8_t, echo_i8)
ECHO(uint8_t, echo_u8)
ECHO(int16_t, echo_i16)
ECHO(uint16_t, echo_u16)
ECHO(int32_t, echo_i32)
ECHO(uint32_t, echo_u32)
ECHO(int64_t, echo_i64)
ECHO(uint64_t, echo_u64)
ECHO(char, echo_char)
ECHO(long, echo_long)
ECHO(size_t, echo_size)
ECHO(float, echo_float)
ECHO(double, echo_double)
ECHO(bool, echo_bool)
ECHO(echo_color, echo_enum)
ECHO(void *, echo_ptr)
ECHO(int32_t *, echo_i32p)
ECHO(echo_pair *, echo_pairp)
ECHO(const char *, echo_str)
ECHO(echo_pair, echo_pair_value)
