// Variadic calls: each extra carries its C type (ffi.cast, a pointer, null, a string); C reads each
// value back exactly by its format. A bare number has no C type and is a TypeError.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const out = Buffer.alloc(256);
  const echo = (format, ...extras) => {
    const n = lib.va_echo(out, out.length, format, ...extras);
    expect(n).to.equal(format.length);
    return ffi.string(ffi.fromBuffer(out)).trimEnd();
  };

  // every kind of extra, read by C with va_arg of its promoted type
  expect(echo('i', ffi.cast('int', -42))).to.equal('i:-42');
  expect(echo('u', ffi.cast('unsigned int', 4294967295))).to.equal('u:4294967295');
  expect(echo('l', ffi.cast('long', -(2n ** 62n)))).to.equal(`l:${-(2n ** 62n)}`);
  expect(echo('L', ffi.cast('unsigned long', -1n))).to.equal('L:18446744073709551615');
  expect(echo('d', ffi.cast('double', 2.5))).to.equal('d:2.5');
  expect(echo('s', 'héllo')).to.equal('s:héllo');
  expect(echo('p', null)).to.equal('p:0');
  const arr = ffi.new('int[4]');
  expect(echo('p', arr)).to.equal(`p:${arr.address.toString(16)}`);
  const ip = ffi.new('int *');
  expect(echo('p', ip)).to.equal(`p:${ip.address.toString(16)}`);
  expect(echo('isdi', ffi.cast('int', 1), 'two', ffi.cast('double', 3.25), ffi.cast('int', 4))).to.equal(
    'i:1 s:two d:3.25 i:4',
  );
  expect(echo('')).to.equal('');
  // strings live for the call: short ones in the call's own room, long ones in memory of their own
  const long = 'x'.repeat(200);
  expect(echo('s', long)).to.equal(`s:${long}`);
  const big = 'y'.repeat(5000);
  expect(lib.va_pick(3, long, long, long, big)).to.equal(big);
  expect(lib.va_pick(0, big, long)).to.equal(big);

  // default argument promotions: float → double, char/short/_Bool → int
  expect(Number(echo('d', ffi.cast('float', 1.1)).slice(2))).to.equal(Math.fround(1.1));
  expect(echo('i', ffi.cast('char', 65))).to.equal('i:65');
  expect(echo('i', ffi.cast('unsigned char', 300))).to.equal('i:44');
  expect(echo('i', ffi.cast('unsigned short', 65535))).to.equal('i:65535');
  expect(echo('i', ffi.cast('short', -2))).to.equal('i:-2');
  expect(echo('i', ffi.cast('_Bool', 7))).to.equal('i:1');
  expect(lib.va_sum_doubles(3, ffi.cast('float', 0.5), ffi.cast('double', 0.25), ffi.cast('float', 2))).to.equal(2.75);
  expect(lib.va_sum_ints(3, ffi.cast('int', 1), ffi.cast('char', 2), ffi.cast('short', 3))).to.equal(6n);
  expect(lib.va_sum_ints(0)).to.equal(0n);

  // results and fixed parameters of every kind: void, string, pointer
  const where = ffi.new('int[3]');
  expect(lib.va_store(where, 3, ffi.cast('int', 7), ffi.cast('int', 8), ffi.cast('int', 9))).to.equal(undefined);
  expect([where.get(0), where.get(1), where.get(2)]).to.deep.equal([7, 8, 9]);
  expect(lib.va_pick(1, 'a', 'b', 'c')).to.equal('b');

  // errno is captured as for every call
  expect(lib.va_fail(34, ffi.cast('int', 0))).to.equal(-1);
  expect(ffi.errno).to.equal(34);

  // a bare number, bigint or boolean has no C type: a TypeError naming the function and position
  expect(() => lib.va_sum_ints(1, 42)).to.throw(TypeError, /va_sum_ints\(\): argument 2 .*ffi\.cast\('int'/);
  expect(() => lib.va_echo(out, 256, 'ii', ffi.cast('int', 1), 5n)).to.throw(TypeError, /argument 5 .*bigint/);
  expect(() => lib.va_sum_ints(1, true)).to.throw(TypeError, /argument 2/);
  expect(() => lib.va_sum_ints(1, {})).to.throw(TypeError, /argument 2 .*expected ffi\.cast/);
  expect(() => lib.va_sum_ints(1, Buffer.alloc(1))).to.throw(TypeError, /argument 2/);
  // fixed parameters are checked exactly as for other functions
  expect(() => lib.va_sum_ints(1.5)).to.throw(RangeError, /va_sum_ints\(\): argument 'count' is not an integer/);
  expect(() => lib.va_sum_ints('1')).to.throw(TypeError, /argument 'count'/);
  expect(() => lib.va_store(ffi.new('long *'), 0)).to.throw(TypeError, /argument 'where'/);
  expect(() => lib.va_sum_ints()).to.throw(TypeError, /argument 'count' is missing/);

  // a cast scalar converts like its value and still goes into plain parameters and fields
  const five = ffi.cast('int', 5);
  expect(five.value).to.equal(5);
  expect(five + 1).to.equal(6);
  expect(Number(five)).to.equal(5);
  expect(`${five}`).to.equal('5');
  expect(ffi.typeof(five).cname).to.equal('int');
  expect(ffi.typeof(ffi.cast('float', 1)).cname).to.equal('float');
  lib.va_store(where, ffi.cast('int', 1), ffi.cast('int', 4));
  expect(where.get(0)).to.equal(4);
  where.set(0, ffi.cast('short', 11));
  expect(where.get(0)).to.equal(11);
  expect(ffi.cast('long', ffi.cast('int', -1)).value).to.equal(-1n);
}
