// Numbers where a double holds the value exactly (2^62 does), a RangeError naming the place where not.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.in_echo(5)).to.equal(5);
  expect(lib.in_echo(-(2 ** 53 - 1))).to.equal(-(2 ** 53 - 1));
  expect(lib.in_echo(2n ** 62n)).to.equal(2 ** 62);
  expect(() => lib.in_echo(2n ** 53n + 1n)).to.throw(RangeError, /in_echo: the 64-bit value 9007199254740993/);
  expect(() => lib.in_umax()).to.throw(RangeError, /18446744073709551615.*--int64/);
  expect(lib.in_global).to.equal(2 ** 62);
  lib.in_global = 2n ** 53n + 1n;
  expect(() => lib.in_global).to.throw(RangeError, /in_global/);
  lib.in_global = 7;
  expect(lib.in_global).to.equal(7);

  const p = lib.in_pair_make(-3, 2n ** 63n);
  expect(p.a).to.equal(-3);
  expect(p.b).to.equal(2 ** 63);
  p.b = 2n ** 64n - 1n;
  expect(() => p.b).to.throw(RangeError, /in_pair\.b/);
  // elements behind pointers keep the runtime's exact bigint
  expect(ffi.new('int64_t[1]', [7])[0]).to.equal(7n);
}
