// Macros the compiler evaluates: integers exact (BigInts past 2^53), strings, floats.
import { expect } from 'chai';

export default function check({ lib }) {
  expect(lib.M_ANSWER).to.equal(42);
  expect(lib.M_NEG).to.equal(-1);
  expect(lib.M_VERSION).to.equal('1.0-macros');
  expect(lib.M_SHIFTED).to.equal(2 ** 31);
  expect(lib.M_BIG64).to.equal(2n ** 63n - 1n);
  expect(lib.M_UBIG).to.equal(2n ** 64n - 1n);
  expect(lib.M_HALF).to.equal(0.5);
  expect(lib.M_FLOAT).to.equal(1.5);
  expect(lib.M_EXPR).to.equal(85);
  expect(lib.M_CHAR).to.equal(65);
  expect(lib.M_SIZE).to.equal(8n); // size_t is 64 bits: a BigInt
  // one -D value, seen the same by the generator (libclang) and by the compiled library
  expect(lib.M_FROM_FLAG).to.equal(30);
  expect(lib.m_level()).to.equal(3);
  expect(lib.M_HAS_LEVEL).to.equal(1);
  expect(lib.M_NOT_SET).to.equal(1);
  expect(() => {
    lib.M_ANSWER = 1;
  }).to.throw(TypeError);
}
