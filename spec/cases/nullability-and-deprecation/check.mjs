// Nullability narrows only the types: at run time NULL still crosses as null (C does not check either).
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const a = ffi.new('int[3]', [1, 2, 3]);
  expect(lib.nd_first(a)[0]).to.equal(1);
  expect(lib.nd_find(a, 3, 2)[0]).to.equal(2);
  expect(lib.nd_find(a, 3, 9)).to.equal(null);
  expect(lib.nd_find(null, 0, 1)).to.equal(null);
  expect(lib.nd_name()).to.equal('nd');
  expect(lib.nd_deref(a)).to.equal(1);
  expect(lib.nd_old(1)).to.equal(1);
  expect(lib.nd_older(1)).to.equal(1);
}
