// With --signature an unprototyped function is callable and checked like any other; without, it is absent.
import { expect } from 'chai';

export default function check({ lib }) {
  expect(lib.up_add(2, 3)).to.equal(5);
  expect(lib.up_scale(1.5, 4)).to.equal(6);
  expect(lib.up_scale(0.5, 10n)).to.equal(5);
  expect(() => lib.up_add(2 ** 31, 0)).to.throw(RangeError, /up_add/);
  expect(() => lib.up_add('2', 0)).to.throw(TypeError);
  expect(() => lib.up_add(1, 2, 3)).to.throw(TypeError);
  expect(lib.up_proto(4)).to.equal(-4);
  expect('up_left_out' in lib).to.equal(false);
}
