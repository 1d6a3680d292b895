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

  // a second anonymous member, and anonymous records nested in anonymous records, sit where C puts them
  const names = ['ia', 'fa', 'lb', 'db', 'sa', 'ua', 'lo2', 'hi2', 'c1', 'c2', 'c3', 'p1', 'p2', 'pq', 'tail'];
  names.forEach((n, i) => expect(ffi.offsetof('struct u_deep', n), n).to.equal(lib.u_deep_layout(i)));
  expect(ffi.sizeof('struct u_deep')).to.equal(lib.u_deep_layout(names.length));
  const d = ffi.new('struct u_deep *');
  lib.u_deep_fill(d);
  expect([d.head, d.fa, d.gap, d.db, d.sa, d.lo2, d.hi2, d.c1, d.c2, d.c3, d.p1, d.p2, d.tail]).to.deep.equal([
    1, 2.5, 3, 4.5, 5, 6, 7, 8, 9, 10, 11, 12, 13,
  ]);
  expect(d.pq).to.equal(12n * 2n ** 32n + 11n);
  const e = ffi.new('struct u_deep *', { head: 1, ia: 2, gap: 3, lb: 4n, sa: 5, ua: 6, c1: 7, c2: 8, c3: 9, tail: 10 });
  e.p1 = 11;
  e.p2 = 12;
  expect(lib.u_deep_sum(e)).to.equal(78n);
  e.hi2 = 1;
  expect(e.ua).to.equal(65536 + 6);

  // two anonymous members on one line are two records
  const l = ffi.new('struct u_line *', { m1: 1, m2: 2 });
  expect(lib.u_line_sum(l)).to.equal(12);
  expect(ffi.offsetof('struct u_line', 'm2')).to.equal(4);

  // a typedef'd anonymous record is spelled by its typedef name, and its anonymous member flattens
  const im = ffi.new('u_image_t *', { iw: 2, ih: 3 });
  expect(lib.u_image_sum(im)).to.equal(23);
  expect(im.uh).to.equal(3);
  expect(ffi.sizeof('u_image_t')).to.equal(8);

  // a skipped field inside an anonymous member: its neighbours stay
  const sk = ffi.new('struct u_skip *', { first: 1, narrow: 2, last: 3 });
  expect(lib.u_skip_sum(sk)).to.equal(321);
  expect(sk.narrow).to.equal(2);
  expect('ap' in sk).to.equal(false);
}
