/**
 * koffi 3.3.4 bindings of bench.h, loaded from the same libbench.so, written the way koffi's
 * documentation recommends (prototype strings parsed once, types resolved once, pointers as
 * BigInt, which koffi 3 uses for every pointer).
 */
import koffi from 'koffi';

/** @param {string} libPath path of libbench.so */
export function loadKoffi(libPath) {
  const lib = koffi.load(libPath);
  const point = koffi.struct('point', { x: 'int', y: 'int', w: 'double', data: 'void *' });
  return {
    koffi,
    point,
    add: lib.func('int add(int a, int b)'),
    hyp: lib.func('double hyp(double a, double b)'),
    ptr_id: lib.func('void *ptr_id(void *p)'),
    sum64: lib.func('int sum64(const uint8_t *p)'),
    point_x: lib.func('int point_x(const point *p)'),
    add64: lib.func('int64_t add64(int64_t a, int64_t b)'),
    INT: koffi.type('int'),
    DOUBLE: koffi.type('double'),
    VOIDP: koffi.type('void *'),
  };
}
