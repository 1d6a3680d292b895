// Scalars cross exactly: each width is range-checked on the way in, 64-bit values are BigInts out.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.s_add(2, 3)).to.equal(5);
  expect(lib.s_add(-(2 ** 31), 2 ** 31 - 1)).to.equal(-1);
  expect(() => lib.s_add(2 ** 31, 0)).to.throw(RangeError, /s_add\(\): argument 'a'/);
  expect(() => lib.s_add(0, -(2 ** 31) - 1)).to.throw(RangeError, /argument 'b'/);
  expect(() => lib.s_add(1.5, 0)).to.throw(RangeError, /not an integer/);
  expect(() => lib.s_add('1', 0)).to.throw(TypeError, /argument 'a'/);
  expect(() => lib.s_add(1)).to.throw(TypeError, /takes 2 arguments/);
  expect(() => lib.s_add(1, 2, 3)).to.throw(TypeError, /takes 2 arguments/);
  // a rejected call never reaches C
  const calls = lib.s_calls();
  expect(() => lib.s_add(NaN, 0)).to.throw();
  expect(lib.s_calls()).to.equal(calls);

  // 64-bit: BigInt results, numbers or BigInts in, never rounded
  expect(lib.s_add64(2n ** 64n - 2n, 1n)).to.equal(2n ** 64n - 1n);
  expect(lib.s_add64(5, -2)).to.equal(3n);
  expect(() => lib.s_add64(-1, 0)).to.throw(RangeError);
  expect(() => lib.s_add64(2n ** 64n, 0)).to.throw(RangeError);
  expect(() => lib.s_add64(2 ** 60, 0)).to.throw(RangeError, /BigInt/);
  expect(lib.s_long_neg(-(2n ** 63n) + 1n)).to.equal(2n ** 63n - 1n);

  // floats
  expect(lib.s_hyp(3, 4)).to.equal(25);
  expect(lib.s_hyp(0.1, 0)).to.equal(0.1 * 0.1);
  expect(lib.s_half(3)).to.equal(1.5);
  expect(lib.s_half(0.1)).to.equal(Math.fround(Math.fround(0.1) / 2));

  // narrow integers
  expect(lib.s_neg8(5)).to.equal(-5);
  expect(() => lib.s_neg8(128)).to.throw(RangeError);
  expect(() => lib.s_neg8(-129)).to.throw(RangeError);
  expect(lib.s_u8(254)).to.equal(255);
  expect(lib.s_u8(255)).to.equal(0);
  expect(() => lib.s_u8(-1)).to.throw(RangeError);
  expect(lib.s_i16(-32767)).to.equal(-32768);
  expect(() => lib.s_i16(32768)).to.throw(RangeError);
  expect(lib.s_u16(65534)).to.equal(65535);
  expect(() => lib.s_u16(65536)).to.throw(RangeError);
  expect(lib.s_u32(2 ** 32 - 2)).to.equal(2 ** 32 - 1);
  expect(() => lib.s_u32(-1)).to.throw(RangeError);

  // _Bool
  expect(lib.s_is_even(4)).to.equal(true);
  expect(lib.s_is_even(3)).to.equal(false);
  expect(lib.s_not(true)).to.equal(false);
  expect(lib.s_not(false)).to.equal(true);

  // errno is captured right after each call, and a call that does not set it leaves it as it was
  lib.s_set_errno(34);
  expect(ffi.errno).to.equal(34);
  ffi.errno = 7;
  lib.s_add(1, 1);
  expect(ffi.errno).to.equal(7);

  // C's casts
  // a cast scalar carries its C type (for variadic calls, docs/variadic.md); `.value` is the JS value
  expect(ffi.cast('unsigned char', 300).value).to.equal(44);
  expect(ffi.cast('signed char', 255).value).to.equal(-1);
  expect(ffi.cast('int', -1n).value).to.equal(-1);
  expect(ffi.cast('unsigned long long', -1).value).to.equal(2n ** 64n - 1n);
  expect(ffi.cast('_Bool', 4).value).to.equal(true);
  expect(ffi.cast('_Bool', 0).value).to.equal(false);
  expect(() => ffi.cast('int', NaN)).to.throw(TypeError);
  expect(ffi.sizeof('long long')).to.equal(8);
  expect(ffi.alignof('double')).to.equal(8);
}
