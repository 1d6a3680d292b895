// Skipped declarations are absent from lib; their neighbours work.
import { expect } from 'chai';

export default function check({ lib }) {
  expect(lib).to.not.have.property('k_variadic');
  expect(lib).to.not.have.property('k_noproto');
  expect(lib).to.not.have.property('K_NOT_CONST');
  expect(lib).to.not.have.property('K_FUNC_LIKE');
  expect(lib).to.not.have.property('K_EMPTY');
  expect(lib.k_kept(1)).to.equal(2);
  expect(lib.K_CONST).to.equal(3);
}
