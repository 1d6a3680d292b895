// Arrays are bounds-checked views with a length; assigning a list or a same-typed array copies it.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const r = ffi.new('struct a_rec *');
  expect(r.values.length).to.equal(4);
  r.values.set(3, 1000);
  expect(r.values.get(3)).to.equal(1000);
  expect(() => r.values.get(4)).to.throw(RangeError, /index too large/);
  expect(() => r.values.set(4, 1)).to.throw(RangeError);
  expect(() => r.values.set(0, 2 ** 31)).to.throw(RangeError);
  r.grid.get(1).set(2, 3);
  expect(lib.a_rec_sum(r)).to.equal(1000 + 300);
  expect(ffi.offsetof('struct a_rec', 'grid[1][2]')).to.equal(ffi.offsetof('struct a_rec', 'grid') + 10);

  r.values = [9, 8];
  expect([...r.values]).to.deep.equal([9, 8, 0, 0]);
  expect(() => {
    r.values = [1, 2, 3, 4, 5];
  }).to.throw(RangeError);
  r.weights = new Float64Array([0.5, 1.5]);
  expect([...r.weights]).to.deep.equal([0.5, 1.5]);

  // char arrays take strings that fit with their NUL
  r.name = 'abc';
  expect(ffi.string(r.name)).to.equal('abc');
  r.name = '1234567';
  expect(ffi.string(r.name)).to.equal('1234567');
  expect(() => {
    r.name = '12345678';
  }).to.throw(RangeError, /too long/);

  // ffi.new arrays: zero-filled, from a list, a typed array, or nested lists
  const ip = ffi.new('int[4]', [1, 2, 3, 4]);
  expect(ip.length).to.equal(4);
  expect([...ip]).to.deep.equal([1, 2, 3, 4]);
  expect(lib.a_sum(ip, 4)).to.equal(10n);
  expect(lib.a_sum(ip.add(2), 2)).to.equal(7n);
  expect(() => ip.add(0.5)).to.throw(RangeError);
  expect(ffi.typeof(ip).cname).to.equal('int[4]');
  expect([...ffi.new('int[3]', new Int32Array([4, 5, 6]))]).to.deep.equal([4, 5, 6]);
  expect([...ffi.new('double[2]', new Float64Array([1.5, 2.5]))]).to.deep.equal([1.5, 2.5]);
  expect([...ffi.new('short[3]')]).to.deep.equal([0, 0, 0]);
  expect(() => ffi.new('int[2]', [1, 2, 3])).to.throw(RangeError);
  const grid = ffi.new('int[2][3]', [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  expect(grid.get(1).get(2)).to.equal(6);
  expect(ffi.sizeof(grid)).to.equal(24);
  expect(lib.a_sum(grid.get(0), 6)).to.equal(21n);

  // C fills JS memory
  const out = ffi.new('int[5]');
  lib.a_fill(out, 5, 10);
  expect([...out]).to.deep.equal([10, 11, 12, 13, 14]);
  expect(ffi.unpack(out, 3)).to.deep.equal([10, 11, 12]);
  expect(() => ffi.unpack(ip, -1)).to.throw(RangeError);
  expect(() => ffi.unpack(ip, 5)).to.throw(RangeError);
}
