// Function-like macros are called like the functions they expand to, with the same checks.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(lib.FM_ADD(2, 40)).to.equal(42);
  expect(() => lib.FM_ADD(2 ** 31, 0)).to.throw(RangeError, /FM_ADD\(\): argument 'a'/);
  expect(() => lib.FM_ADD(1)).to.throw(TypeError);
  expect(lib.FM_TENFOLD(7)).to.equal(70n);
  const xs = ffi.new('int[4]', [1, 2, 3, 4]);
  expect(lib.FM_SUM(xs, 3)).to.equal(6);
  expect(lib.FM_HALF_PLUS(3)).to.equal(2);
  expect(lib.FM_IS_ODD(3)).to.equal(1);
  expect(lib.FM_IS_ODD(4)).to.equal(0);
  expect(lib.FM_VERSION()).to.equal(302);
  expect(lib.FM_ADD3(1, 2, 3)).to.equal(6);
  expect(lib.FM_NAME(0)).to.equal('zero');
  const b = ffi.new('struct fm_buf *');
  expect(lib.FM_FILL(b, 'hello')).to.equal(5);
  expect(ffi.string(b.data)).to.equal('hello');
  expect(() => lib.FM_FILL(ffi.new('int *'), 'x')).to.throw(TypeError, /FM_FILL\(\): argument 'b'/);
  expect(lib.FM_SQUARE(-9)).to.equal(81);
  expect(lib).to.not.have.property('FM_MAX');
  expect(() => lib.FM_ABSENT(1)).to.throw(Error, /fm_absent/);
}
