// Pointer macros are typed pointer objects passable to C; compound-literal macros are record copies.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  // a function-pointer macro passes where C takes that function-pointer type, and C sees the same value
  expect(lib.prm_keep('copied', lib.PRM_TRANSIENT)).to.equal(1);
  expect(lib.prm_kept()).to.equal('copied');
  expect(lib.PRM_TRANSIENT.address).to.equal(2n ** 64n - 1n);
  // NULL-valued macros are null, as NULL results are
  expect(lib.PRM_STATIC).to.equal(null);
  expect(lib.PRM_NONE).to.equal(null);
  expect(lib.PRM_NULL).to.equal(null);
  expect(lib.prm_keep('static', lib.PRM_STATIC)).to.equal(0);
  // a returned pointer compares with the macro by address
  const failed = lib.prm_map(1);
  expect(failed.address).to.equal(lib.PRM_FAILED.address);
  expect(lib.prm_map(0).address).to.not.equal(lib.PRM_FAILED.address);
  expect(ffi.typeof(lib.PRM_FAILED).cname).to.equal('void *');
  expect(ffi.typeof(lib.PRM_INTS).cname).to.equal('int *');
  expect(lib.PRM_INTS.address).to.equal(16n);
  // typed: an int * macro is not a destructor
  expect(() => lib.prm_keep('x', lib.PRM_INTS)).to.throw(TypeError, /prm_keep/);
  // compound literals: JS-owned record views holding the compiler's bytes
  const white = lib.PRM_WHITE;
  expect([white.r, white.g, white.b, white.a]).to.deep.equal([255, 255, 255, 255]);
  expect(lib.prm_brightness(white)).to.equal(1020);
  expect(lib.PRM_CORNER.x).to.equal(-3);
  expect(lib.PRM_CORNER.y).to.equal(7);
  expect(lib.prm_point_sum(lib.PRM_CORNER)).to.equal(-23);
  expect(lib.PRM_ORIGIN.x).to.equal(0);
  // each read is a fresh copy: writing one leaves the constant as the compiler made it
  white.r = 1;
  expect(white.r).to.equal(1);
  expect(lib.PRM_WHITE.r).to.equal(255);
  expect(lib.PRM_WHITE).to.not.equal(lib.PRM_WHITE);
  expect(() => {
    lib.PRM_WHITE = white;
  }).to.throw(TypeError);
  // macros expanding function-like macros are their evaluated constants
  // sizeof makes it a size_t, 64 bits: a BigInt, as the compiler types it
  expect(lib.PRM_IOC_GET).to.equal(BigInt((2 << 8) | 8));
  // not expressions: skipped (CI012), never a crash
  expect(lib).to.not.have.property('PRM_NOT_EXPR');
  expect(lib).to.not.have.property('PRM_TYPE');
  // a record that is not a compound literal is no constant: a statement expression, a variable's name
  expect(lib).to.not.have.property('PRM_STATEMENT');
  expect(lib).to.not.have.property('PRM_LIVE');
  expect(lib.prm_current.x).to.equal(4);
  expect(() => {
    lib.PRM_TRANSIENT = null;
  }).to.throw(TypeError);
}
