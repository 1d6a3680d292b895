// Never a wrong value, never a silently wrong layout: the skipped parts are absent, the rest is exact.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect('ur_twice' in lib).to.equal(false);
  expect('ur_splat' in lib).to.equal(false);
  expect(ffi.sizeof('struct ur_quad')).to.equal(Number(lib.ur_sizeof_quad()));
  expect(ffi.sizeof('struct ur_vec')).to.equal(Number(lib.ur_sizeof_vec()));
  const q = ffi.new('struct ur_quad *', { a: 1, b: 2 });
  expect(lib.ur_quad_b(q)).to.equal(2);
  expect(ffi.offsetof('struct ur_quad', 'b')).to.equal(32);
  const v = ffi.new('struct ur_vec *', { a: 1, b: 3 });
  expect(lib.ur_vec_b(v)).to.equal(3);
  expect(() => q.q).to.throw(TypeError, /no field 'q'/);
  expect(() => ffi.new('struct ur_vec *', { v: [1, 2, 3, 4] })).to.throw(TypeError, /no field 'v'/);
}
