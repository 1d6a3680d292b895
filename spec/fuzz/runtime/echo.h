/* The test library of the runtime fuzzer (spec/fuzz/runtime/fuzz.mjs): one echo function per C type. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum echo_color { ECHO_RED = 1, ECHO_GREEN = 2, ECHO_BLUE = -3 } echo_color;
typedef struct echo_pair {
  int32_t a;
  double b;
  char tag[8];
} echo_pair;

int8_t echo_i8(int8_t v);
uint8_t echo_u8(uint8_t v);
int16_t echo_i16(int16_t v);
uint16_t echo_u16(uint16_t v);
int32_t echo_i32(int32_t v);
uint32_t echo_u32(uint32_t v);
int64_t echo_i64(int64_t v);
uint64_t echo_u64(uint64_t v);
char echo_char(char v);
long echo_long(long v);
size_t echo_size(size_t v);
float echo_float(float v);
double echo_double(double v);
bool echo_bool(bool v);
echo_color echo_enum(echo_color v);
void *echo_ptr(void *v);
int32_t *echo_i32p(int32_t *v);
echo_pair *echo_pairp(echo_pair *v);
const char *echo_str(const char *v);
echo_pair echo_pair_value(echo_pair v);
