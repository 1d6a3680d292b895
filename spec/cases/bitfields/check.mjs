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
  // a _Bool bitfield reads as a boolean, as a _Bool field does
  expect(g.on).to.equal(true);
  g.big = 5n;
  expect(g.big).to.equal(5n);
  expect(() => {
    g.big = 2n ** 40n;
  }).to.throw(RangeError);
  g.on = 0;
  expect([g.on, g.after]).to.deep.equal([false, 77]);
  g.on = true;
  expect(g.on).to.equal(true);
  expect(() => {
    g.on = 2;
  }).to.throw(RangeError);
  expect(() => {
    g.on = 'yes';
  }).to.throw(TypeError);

  // a value that does not fit names the field and the width
  expect(() => {
    f.flags = 8;
  }).to.throw(RangeError, /b_flags\.flags: integer 8 does not fit '3-bit unsigned bitfield' \(0\.\.7\)/);
  expect(() => {
    f.flags = 1.5;
  }).to.throw(RangeError, /b_flags\.flags/);

  // plain int bitfields are signed; a field straddling five bytes; C and JS agree both ways
  const o = ffi.new('struct b_odd *');
  lib.b_odd_fill(o);
  expect([o.nibble, o.whole, o.top, o.small, o.yes, o.no]).to.deep.equal([9, -123456789, 4000000000, -2, true, false]);
  const p = ffi.new('struct b_odd *', { nibble: 15, whole: -(2 ** 31), top: 2 ** 32 - 1, small: 1, yes: true, no: 1 });
  expect([p.nibble, p.whole, p.top, p.small, p.yes, p.no]).to.deep.equal([15, -(2 ** 31), 2 ** 32 - 1, 1, true, true]);
  expect(lib.b_odd_check(p)).to.equal(15n - 2n ** 31n * 100n + (2n ** 32n - 1n) * 7n + 3n + 11n + 13n);
  p.whole = 2 ** 31 - 1;
  expect([p.nibble, p.whole, p.top]).to.deep.equal([15, 2 ** 31 - 1, 2 ** 32 - 1]);
  expect(() => {
    p.whole = 2 ** 31;
  }).to.throw(RangeError, /b_odd\.whole.*32-bit signed/);
  expect(() => {
    p.small = -3;
  }).to.throw(RangeError, /b_odd\.small.*2-bit signed/);
  p.small = -1n;
  expect(p.small).to.equal(-1);
  expect(lib.b_odd_check(p)).to.equal(15n + (2n ** 31n - 1n) * 100n + (2n ** 32n - 1n) * 7n - 3n + 11n + 13n);
}
