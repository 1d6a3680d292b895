// __int128 crosses as an exact bigint both ways, range-checked; fields and globals read two 64-bit halves.
import { expect } from 'chai';

const MAX = 2n ** 127n - 1n;
const MIN = -(2n ** 127n);
const UMAX = 2n ** 128n - 1n;

export default function check({ ffi, lib }) {
  // results and arguments, at the edges
  expect(lib.w_max_i128()).to.equal(MAX);
  expect(lib.w_min_i128()).to.equal(MIN);
  for (const v of [0n, 1n, -1n, MAX, MIN, 2n ** 64n, -(2n ** 64n) - 7n]) expect(lib.w_echo_i128(v)).to.equal(v);
  for (const v of [0n, UMAX, 2n ** 127n, 2n ** 64n + 3n]) expect(lib.w_echo_u128(v)).to.equal(v);
  expect(lib.w_echo_i128(-42)).to.equal(-42n);
  expect(lib.w_mul_i128(2n ** 62n, 2n ** 62n)).to.equal(2n ** 124n);
  expect(lib.w_mul_i128(-(2n ** 63n), 2n ** 63n - 1n)).to.equal(-(2n ** 63n) * (2n ** 63n - 1n));
  expect(lib.w_low(2n ** 64n + 9n)).to.equal(9n);
  expect(lib.w_high(2n ** 64n + 9n)).to.equal(1n);
  expect(lib.w_high(UMAX)).to.equal(2n ** 64n - 1n);

  // out of range: a RangeError naming the function, the argument and the C type
  expect(() => lib.w_echo_i128(MAX + 1n)).to.throw(RangeError, /w_echo_i128\(\): argument 'x' .*'__int128'/);
  expect(() => lib.w_echo_i128(MIN - 1n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_u128(-1n)).to.throw(RangeError, /w_echo_u128\(\): argument 'x' .*'unsigned __int128'/);
  expect(() => lib.w_echo_u128(UMAX + 1n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_i128(2n ** 200n)).to.throw(RangeError, /out of range/);
  expect(() => lib.w_echo_i128(2 ** 60)).to.throw(RangeError, /pass a BigInt/);
  expect(() => lib.w_echo_i128(1.5)).to.throw(RangeError, /not an integer/);
  expect(() => lib.w_echo_i128('1')).to.throw(TypeError, /__int128/);
  expect(lib.w_echo_i128(ffi.cast('__int128', 7n))).to.equal(7n);

  // fields: C reads what JS wrote, JS reads what C wrote
  const p = ffi.new('struct w_pair *');
  p.s = MIN;
  p.u = UMAX;
  expect(p.s).to.equal(MIN);
  expect(p.u).to.equal(UMAX);
  expect(lib.w_pair_sum(p)).to.equal((MIN + UMAX) & UMAX);
  p.s = -3n;
  p.u = 5n;
  expect(lib.w_pair_sum(p)).to.equal(2n);
  expect(() => {
    p.u = -1n;
  }).to.throw(RangeError, /w_pair\.u/);
  const made = lib.w_pair_make(MAX, 2n ** 100n);
  expect(made.tag).to.equal('w'.charCodeAt(0));
  expect(made.s).to.equal(MAX);
  expect(made.u).to.equal(2n ** 100n);

  // globals, live both ways
  expect(lib.w_global).to.equal(-5n);
  lib.w_global = MIN + 1n;
  expect(lib.w_read_global()).to.equal(MIN + 1n);
  expect(() => {
    lib.w_global = MAX + 1n;
  }).to.throw(RangeError);

  // ffi.new and element access
  const q = ffi.new('__int128 *', -(2n ** 100n));
  expect(q[0]).to.equal(-(2n ** 100n));
  q[0] = MAX;
  expect(lib.w_echo_i128(q[0])).to.equal(MAX);
  expect(ffi.sizeof('__int128')).to.equal(16);
  expect(ffi.sizeof('unsigned __int128')).to.equal(16);
  const arr = ffi.new('unsigned __int128[3]', [1n, UMAX, 2n ** 64n]);
  expect(arr[1]).to.equal(UMAX);
  expect(arr[2]).to.equal(2n ** 64n);
  expect(ffi.cast('unsigned __int128', -1n).value).to.equal(UMAX);
}
