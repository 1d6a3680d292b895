// Union members share their bytes; anonymous members read as fields of the record around them.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const w = ffi.new('union u_word *');
  expect(ffi.sizeof('union u_word')).to.equal(4);
  expect(ffi.offsetof('union u_word', 'f')).to.equal(0);
  w.f = 1;
  expect(w.u).to.equal(0x3f800000);
  expect(lib.u_word_bits(w)).to.equal(0x3f800000);
  expect([...w.bytes]).to.deep.equal([0, 0, 0x80, 0x3f]);
  w.bytes.set(3, 0x40);
  expect(w.f).to.equal(4);
  expect(ffi.new('union u_word *', { u: 0x40400000 }).f).to.equal(3);

  // anonymous union and struct members are fields of the record; they share and keep their layout
  const t = ffi.new('struct u_tagged *');
  t.kind = 1;
  t.i = 2;
  t.lo = 3;
  t.hi = 4;
  t.named.depth = 5;
  expect(lib.u_tagged_sum(t)).to.equal(1 + 2 + 30 + 400 + 5000);
  t.f = 1.5;
  expect(t.i).to.equal(0x3fc00000);
  expect(ffi.offsetof('struct u_tagged', 'f')).to.equal(ffi.offsetof('struct u_tagged', 'i'));
  expect(ffi.offsetof('struct u_tagged', 'hi')).to.equal(ffi.offsetof('struct u_tagged', 'lo') + 2);
  expect(ffi.new('struct u_tagged *', { kind: 7, hi: 2 }).hi).to.equal(2);

  // two anonymous struct types declared on one line stay two types
  const two = ffi.new('struct u_two *', { x: { a: 2 }, y: { b: 3 } });
  expect(lib.u_two_sum(two)).to.equal(5);
  two.y = { b: 10 };
  expect(lib.u_two_sum(two)).to.equal(12);
  expect(() => {
    two.x = { b: 1 };
  }).to.throw(TypeError, /has no field 'b'/);
}
