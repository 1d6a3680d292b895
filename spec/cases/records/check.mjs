// Records are live views over their memory: writes are seen by C and C's writes by JS.
import { expect } from 'chai';

export default async function check({ ffi, lib }) {
  const p = ffi.new('r_point_t *');
  expect([p.x, p.y, p.w, p.label, p.next]).to.deep.equal([0, 0, 0, null, null]);
  p.x = 3;
  p.y = 4;
  expect(lib.r_point_sum(p)).to.equal(7);
  p.w = 0.5;
  lib.r_point_scale(p, 3);
  expect([p.x, p.y, p.w]).to.deep.equal([9, 12, 1.5]);

  // layout, as the compiler sees it (the generated C also _Static_asserts it)
  expect(ffi.sizeof('struct r_point')).to.equal(32);
  expect(ffi.sizeof('r_point_t')).to.equal(32);
  expect(ffi.alignof('struct r_point')).to.equal(8);
  expect(ffi.offsetof('struct r_point', 'w')).to.equal(8);
  expect(ffi.offsetof('struct r_point', 'next')).to.equal(24);
  expect(ffi.offsetof('struct r_box', 'nested.inner')).to.equal(ffi.offsetof('struct r_box', 'nested') + 4);
  expect(ffi.sizeof(p)).to.equal(32);
  expect(ffi.typeof(p).cname).to.equal('struct r_point *');

  // pointers between records, through typedef names
  const q = ffi.new('struct r_point *', { x: 1, y: 2 });
  lib.r_point_link(p, q);
  expect(lib.r_point_next(p).x).to.equal(1);
  expect(p.next.y).to.equal(2);
  expect(p.next.equals(q)).to.equal(true);
  expect(lib.r_point_next(q)).to.equal(null);
  p.next = null;
  expect(lib.r_point_next(p)).to.equal(null);

  // initialisers: by field name, by position, or a copy of a record of the same type
  const byPos = ffi.new('struct r_point *', [5, 6, 2.5]);
  expect([byPos.x, byPos.y, byPos.w]).to.deep.equal([5, 6, 2.5]);
  const copy = ffi.new('struct r_point *', p);
  expect(copy.x).to.equal(9);
  copy.x = 1;
  expect(p.x).to.equal(9);
  expect(() => ffi.new('struct r_point *', { z: 1 })).to.throw(TypeError, /has no field 'z'/);

  // wrong values for fields
  expect(() => {
    p.x = 'no';
  }).to.throw(TypeError, /r_point.x/);
  expect(() => {
    p.x = 2 ** 40;
  }).to.throw(RangeError);
  expect(() => {
    p.nosuch = 1;
  }).to.throw(TypeError, /'struct r_point' has no field 'nosuch'/);
  // reading a field the record lacks throws too; what JS machinery probes stays undefined
  expect(() => p.nosuch).to.throw(TypeError, /'struct r_point' has no field 'nosuch'/);
  expect(() => p.X).to.throw(TypeError, /has no field 'X'/);
  expect('nosuch' in p).to.equal(false);
  expect(p.then).to.equal(undefined);
  expect(p.toJSON).to.equal(undefined);
  expect(p[Symbol.iterator]).to.equal(undefined);
  expect(await Promise.resolve(p)).to.equal(p);
  expect(typeof p.hasOwnProperty).to.equal('function');
  expect(() => {
    p.next = ffi.new('int *');
  }).to.throw(TypeError);

  // nested records are views into the same memory; assigning one copies it
  const b = ffi.new('struct r_box *');
  b.tag = 1;
  b.pair.lo = 2;
  b.pair.hi = 3;
  b.corner.y = 4;
  b.nested.depth = 5;
  b.nested.inner.hi = 6;
  expect(lib.r_box_check(b)).to.equal(1 + 2 + 30 + 400 + 5000 + 60000);
  const pair = b.pair;
  pair.lo = 7;
  expect(b.pair.lo).to.equal(7);
  b.pair = { lo: 1 };
  expect([b.pair.lo, b.pair.hi]).to.deep.equal([1, 0]);
  b.corner = q;
  expect([b.corner.x, b.corner.y]).to.deep.equal([1, 2]);
  q.x = 100;
  expect(b.corner.x).to.equal(1);
  expect(() => {
    b.pair = { nope: 1 };
  }).to.throw(TypeError, /has no field 'nope'/);
  expect(() => {
    b.pair = p;
  }).to.throw(TypeError);
  expect(ffi.new('struct r_box *', { nested: { inner: { hi: 9 } } }).nested.inner.hi).to.equal(9);

  // 64-bit and float fields
  b.big = -(2n ** 63n);
  expect(b.big).to.equal(-(2n ** 63n));
  b.ubig = 2n ** 64n - 1n;
  expect(b.ubig).to.equal(2n ** 64n - 1n);
  expect(() => {
    b.ubig = -1n;
  }).to.throw(RangeError);
  b.ratio = 0.1;
  expect(b.ratio).to.equal(Math.fround(0.1));

  // addressof: a record view already is the pointer to its record; a field's address points into it
  expect(ffi.typeof(ffi.addressof(p)).cname).to.equal('struct r_point *');
  expect(ffi.addressof(p).x).to.equal(9);
  const yp = ffi.addressof(p, 'y');
  expect(ffi.typeof(yp).cname).to.equal('int *');
  yp.value = 40;
  expect(p.y).to.equal(40);
  expect(yp.address - p.address).to.equal(4n);
}
