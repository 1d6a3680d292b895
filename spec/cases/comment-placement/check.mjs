import { expect } from 'chai';

/** The functions behind export macros, attributes and a declaring macro are all callable. */
export default async function check({ lib }) {
  expect(lib.add(2, 3)).to.equal(5);
  expect(lib.sub(2, 3)).to.equal(-1);
  expect(lib.blank()).to.equal(1);
  expect(lib.old_add(1, 1)).to.equal(2);
  expect(lib.mul(6, 7)).to.equal(42);
  expect(lib.glued() + lib.next()).to.equal(5);
}
