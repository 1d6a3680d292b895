// Bitfields read and write only their own bits, with their own ranges.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const f = ffi.new('struct b_flags *');
  f.tag = 1;
  f.flags = 7;
  f.level = -8;
  f.wide = 123;
  expect([f.flags, f.level, f.wide, f.tag]).to.deep.equal([7, -8, 123, 1]);
  expect(lib.b_check(f)).to.equal(1 + 70 - 800 + 123000);

  // each width's range, checked before anything is written
  expect(() => {
    f.flags = 8;
  }).to.throw(RangeError);
  expect(() => {
    f.flags = -1;
  }).to.throw(RangeError);
  expect(() => {
    f.level = 8;
  }).to.throw(RangeError);
  expect(() => {
    f.level = -9;
  }).to.throw(RangeError);
  expect(f.flags).to.equal(7);
  expect(f.level).to.equal(-8);

  // neighbours keep their bits
  f.level = 7;
  expect([f.flags, f.level, f.wide]).to.deep.equal([7, 7, 123]);
  f.flags = 0;
  expect([f.flags, f.level, f.wide]).to.deep.equal([0, 7, 123]);

  // C writes, JS reads
  const g = ffi.new('struct b_flags *');
  lib.b_fill(g);
  expect([g.flags, g.level, g.wide, g.big, g.after]).to.deep.equal([5, -3, 2 ** 20 - 1, 2n ** 40n - 1n, 77]);
  // a one-bit _Bool bitfield reads as 1 today where a _Bool field reads as true: compare as numbers
  expect(Number(g.on)).to.equal(1);
  g.big = 5n;
  expect(g.big).to.equal(5n);
  expect(() => {
    g.big = 2n ** 40n;
  }).to.throw(RangeError);
  g.on = 0;
  expect([Number(g.on), g.after]).to.deep.equal([0, 77]);
}
