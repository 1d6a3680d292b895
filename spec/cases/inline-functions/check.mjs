// static inline functions are called like any other function.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.i_twice(21)).to.equal(42);
  expect(lib.i_quad(3)).to.equal(12);
  expect(() => lib.i_twice(2 ** 31)).to.throw(RangeError, /i_twice/);
  expect(lib.i_end(ffi.new('struct i_span *', { start: 10, len: 5 }))).to.equal(15);
  const s = lib.i_span_make(3, 4);
  expect([s.start, s.len]).to.deep.equal([3, 4]);
  expect(lib.i_end(s)).to.equal(7);
  expect(lib.i_exported(2)).to.equal(9);
}
