// ffi.new sizes a record with a flexible array member from its initialiser (a list, or a count);
// the memory's end bounds data[i]. A C-allocated one has no known end: data[i] reads as C would.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  expect(ffi.sizeof('struct fa_msg')).to.equal(4); // C's sizeof leaves the items out
  const m = ffi.new('struct fa_msg *', { len: 3, data: [1, 2, 3] });
  expect(lib.fa_sum(m)).to.equal(6);
  expect(m.data.length).to.equal(3);
  expect([...m.data]).to.deep.equal([1, 2, 3]);
  m.data[2] = 30;
  expect(lib.fa_sum(m)).to.equal(33);
  expect(() => m.data[3]).to.throw(RangeError);
  expect(() => {
    m.data[3] = 1;
  }).to.throw(RangeError);

  // positionally, and a count of zeroed items
  const p = ffi.new('struct fa_msg *', [2, [5, 6]]);
  expect(lib.fa_sum(p)).to.equal(11);
  const z = ffi.new('struct fa_msg *', { len: 10, data: 10 });
  expect(z.data.length).to.equal(10);
  z.data[9] = 4;
  expect(lib.fa_sum(z)).to.equal(4);
  // no items given: room for none
  const e = ffi.new('struct fa_msg *');
  expect(e.data.length).to.equal(0);
  expect(() => ffi.new('struct fa_msg *', { data: -1 })).to.throw(RangeError, /item count/);

  // the items start at the member's offset (after padding), 64-bit items as bigints
  const w = ffi.new('struct fa_words *', { n: 2, items: [1n, 2n ** 40n] });
  expect(lib.fa_words_sum(w)).to.equal(1n + 2n ** 40n);
  expect(w.items[1]).to.equal(2n ** 40n);
  expect(ffi.offsetof('struct fa_words', 'items')).to.equal(16);

  // C-allocated: indexes with no bound beyond what C knows; .length is unknown
  const c = lib.fa_make(5);
  expect([0, 1, 2, 3, 4].map((i) => c.data[i])).to.deep.equal([0, 10, 20, 30, 40]);
  expect(() => c.data.length).to.throw(TypeError, /no known length/);
  c.data[4] = 1;
  expect(lib.fa_sum(c)).to.equal(61);
  lib.fa_free(c);
}
