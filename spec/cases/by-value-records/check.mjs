// Records by value: results are owned copies; arguments are copied in, so C cannot change the caller's.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const pair = lib.v_pair_make(3, 0.5);
  expect([pair.a, pair.b]).to.deep.equal([3, 0.5]);
  expect(ffi.typeof(pair).cname).to.equal('struct v_pair *');
  expect(lib.v_pair_sum(pair)).to.equal(3.5);
  pair.a = 10;
  expect(lib.v_pair_sum(pair)).to.equal(10.5);
  expect(() => lib.v_pair_sum(null)).to.throw(TypeError, /by value/);
  expect(() => lib.v_pair_sum(ffi.new('struct v_outer *'))).to.throw(TypeError, /struct v_pair/);
  // a plain initialiser (by field name or by position) is built as ffi.new would, for this call only
  expect(lib.v_pair_sum({ a: 1, b: 2 })).to.equal(3);
  expect(lib.v_pair_sum([4, 0.5])).to.equal(4.5);
  expect(lib.v_pair_sum({})).to.equal(0);
  expect(lib.v_outer_sum({ inner: { a: 1, b: 2 }, extra: 3 })).to.equal(6);
  expect(lib.v_big_sum({ words: [1, 2, 3], tag: 1 })).to.equal(7n);
  expect(lib.v_num_get({ i: 42 })).to.equal(42);
  expect(() => lib.v_pair_sum({ nosuch: 1 })).to.throw(TypeError, /no field 'nosuch'/);
  expect(() => lib.v_pair_sum([1, 2, 3])).to.throw(RangeError, /too many/);
  expect(() => lib.v_pair_sum({ a: 2 ** 31 })).to.throw(RangeError);
  expect(() => lib.v_pair_sum(5)).to.throw(TypeError);

  const range = lib.v_range_swap(ffi.new('v_range *', { lo: 1, hi: 2 }));
  expect([range.lo, range.hi]).to.deep.equal([2, 1]);

  // larger than two registers: returned through memory
  const big = lib.v_big_fill(100n);
  expect(big.words.get(7)).to.equal(107n);
  expect(ffi.string(ffi.cast('char *', ffi.addressof(big, 'tag')), 1)).to.equal('z');
  expect(lib.v_big_sum(big)).to.equal(800n + 28n + 122n);
  // each result is its own memory
  const other = lib.v_big_fill(0n);
  expect(big.words.get(0)).to.equal(100n);
  expect(other.words.get(0)).to.equal(0n);

  const n = lib.v_num_int(0x3f800000);
  expect(n.f).to.equal(1);
  expect(lib.v_num_get(n)).to.equal(0x3f800000);

  const outer = ffi.new('struct v_outer *', { inner: { a: 1, b: 2 }, extra: 3 });
  expect(lib.v_outer_sum(outer)).to.equal(6);
  outer.inner = lib.v_pair_make(10, 20);
  expect(lib.v_outer_sum(outer)).to.equal(33);
}
