// Calls the generated module of input.h against impl.c: every kind, the conversions and the errors.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  // scalars and range checks
  expect(lib.k_add(2, 3)).to.equal(5);
  expect(() => lib.k_add(2 ** 31, 0)).to.throw(RangeError, /k_add\(\): argument 'a'/);
  expect(() => lib.k_add(1.5, 0)).to.throw(RangeError, /not an integer/);
  expect(() => lib.k_add('1', 0)).to.throw(TypeError, /argument 'a'/);
  expect(() => lib.k_add(1)).to.throw(TypeError, /takes 2 arguments/);
  expect(() => lib.k_point_sum(null, 1)).to.throw(TypeError, /takes 1 argument/);
  expect(() => lib.k_point_sum()).to.throw(TypeError, /undefined/);
  expect(lib.k_add64(2n ** 64n - 2n, 1n)).to.equal(2n ** 64n - 1n);
  expect(lib.k_add64(5, -2)).to.equal(3n);
  expect(() => lib.k_add64(-1, 0)).to.throw(RangeError);
  expect(() => lib.k_add64(2 ** 60, 0)).to.throw(RangeError, /BigInt/);
  expect(lib.k_hyp(3, 4)).to.equal(25);
  expect(lib.k_neg8(5)).to.equal(-5);
  expect(() => lib.k_neg8(128)).to.throw(RangeError);
  expect(lib.k_u16(65534)).to.equal(65535);
  expect(lib.k_is_even(4)).to.equal(true);
  expect(lib.k_twice(21)).to.equal(42);

  // strings and bytes
  expect(lib.k_greeting()).to.equal('hello, kinds');
  const dup = lib.k_strdup('héllo');
  expect(ffi.string(dup)).to.equal('héllo');
  lib.k_free(dup);
  expect(lib.k_strlen_bytes(Buffer.from([1, 2, 3]), 3)).to.equal(6n);
  expect(lib.k_strlen_bytes(new Uint8Array([4, 5]), 2)).to.equal(9n);
  expect(lib.k_strlen_bytes('AB', 2)).to.equal(131n);

  // structs: live fields, pointers, typedef names
  const p = ffi.new('k_point_t *');
  p.x = 3;
  p.y = 4;
  expect(lib.k_point_sum(p)).to.equal(7);
  expect(ffi.sizeof('struct k_point')).to.equal(32);
  expect(ffi.offsetof('struct k_point', 'w')).to.equal(8);
  const q = ffi.new('struct k_point *', { x: 1, y: 2 });
  lib.k_point_link(p, q);
  expect(lib.k_point_next(p).x).to.equal(1);
  expect(p.next.y).to.equal(2);
  expect(lib.k_point_next(q)).to.equal(null);
  p.label = 'tag';
  expect(p.label).to.equal('tag');
  expect(() => {
    p.x = 'no';
  }).to.throw(TypeError, /k_point.x/);
  expect(() => {
    p.x = 2 ** 40;
  }).to.throw(RangeError);
  expect(() => lib.k_point_sum(ffi.new('int *'))).to.throw(TypeError, /struct k_point \*/);
  expect(() => lib.k_point_sum('str')).to.throw(TypeError);
  expect(() => lib.k_point_sum(null)).to.not.throw; // NULL is accepted as a pointer (C decides)

  // nested records, arrays, bitfields, anonymous unions, function pointers
  const r = ffi.new('struct k_record *');
  r.tag = 1;
  r.flags = 7;
  r.level = -8;
  r.name = 'abc';
  r.values.set(3, 1000);
  r.pair.hi = 20000;
  r.i = 5;
  expect(() => {
    r.flags = 8;
  }).to.throw(RangeError);
  expect(r.level).to.equal(-8);
  expect(r.flags).to.equal(7);
  expect(() => r.values.get(4)).to.throw(RangeError, /index too large/);
  expect(ffi.string(r.name)).to.equal('abc');
  expect(r.op).to.equal(null);
  expect(lib.k_record_check(r)).to.equal(1 + 70 - 800 + 1000 + 20000 + 5 + 3);
  r.big = 2n ** 64n - 1n;
  expect(r.big).to.equal(2n ** 64n - 1n);

  // enums and macros
  expect(lib.K_RED).to.equal(-1);
  expect(lib.K_BLUE).to.equal(8);
  expect(lib.KV_BIG).to.equal(2n ** 64n - 1n);
  expect(lib.k_color_value(lib.K_GREEN)).to.equal(7);
  expect(lib.K_ANSWER).to.equal(42);
  expect(lib.K_NEG).to.equal(-1);
  expect(lib.K_VERSION).to.equal('1.0-kinds');
  expect(lib.K_SHIFTED).to.equal(2 ** 31);
  expect(lib.K_BIG64).to.equal(2n ** 63n - 1n);
  expect(lib.K_HALF).to.equal(0.5);
  expect(lib.K_EXPR).to.equal(85);
  expect(lib).to.not.have.property('K_NOT_CONST');
  expect(lib).to.not.have.property('K_FUNC_LIKE');
  expect(lib).to.not.have.property('k_variadic');

  // opaque records, globals
  const o = lib.k_opaque_new();
  expect(lib.k_opaque_get(o)).to.equal(99);
  expect(() => ffi.new('struct k_opaque *')).to.throw(TypeError, /opaque/);
  expect(lib.k_counter).to.equal(5);
  lib.k_counter = 6;
  expect(lib.k_counter).to.equal(6);
  expect(lib.k_name).to.equal('kinds');
  expect([...lib.k_table]).to.deep.equal([1, 2, 3, 4]);
  lib.k_table.set(0, 9); // a copy: read-only memory is never written
  expect(lib.k_table.get(0)).to.equal(1);
  const two = ffi.new('struct k_two *', { x: { a: 2 }, y: { b: 3 } });
  expect(lib.k_two_sum(two)).to.equal(5);
  ffi.errno = 7;
  lib.k_add(1, 1);
  expect(ffi.errno).to.equal(7);
  expect(() => lib.k_point_sum(ffi.cast('k_point_t *', 8).add(-2))).to.throw(RangeError, /not an address/);

  // pointer fields keep what they point to alive whatever view wrote them
  const holder = ffi.new('struct k_point *', { label: 'x'.repeat(100000) });
  globalThis.gc?.();
  expect(holder.label.length).to.equal(100000);

  // structs by value
  const pair = lib.k_pair_make(3, 0.5);
  expect([pair.a, pair.b]).to.deep.equal([3, 0.5]);
  expect(lib.k_pair_sum(pair)).to.equal(3.5);
  pair.a = 10;
  expect(lib.k_pair_sum(pair)).to.equal(10.5);
  expect(() => lib.k_pair_sum(null)).to.throw(TypeError, /by value/);
  expect(() => lib.k_pair_sum(p)).to.throw(TypeError, /struct k_pair/);
  const range = lib.k_range_swap(ffi.new('k_range *', { lo: 1, hi: 2 }));
  expect([range.lo, range.hi]).to.deep.equal([2, 1]);

  // ffi surface
  expect(ffi.cast('unsigned char', 300)).to.equal(44);
  expect(ffi.cast('int', -1n)).to.equal(-1);
  expect(ffi.cast('_Bool', 4)).to.equal(true);
  expect(ffi.cast('_Bool', 0)).to.equal(false);
  const ip = ffi.new('int[4]', [1, 2, 3, 4]);
  expect(ip.length).to.equal(4);
  expect([...ip]).to.deep.equal([1, 2, 3, 4]);
  const grid = ffi.new('int[2][3]', [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  expect(grid.get(1).get(2)).to.equal(6);
  expect(ffi.sizeof(grid)).to.equal(24);
  expect(ffi.cast('k_point_t *', null)).to.equal(null);
  expect(ffi.typeof(p)).to.equal('struct k_point *');
  // the tester's findings, kept fixed
  expect(() => ffi.memmove(Buffer.alloc(2), ffi.new('char[100]'), 100)).to.throw(RangeError, /exceed/);
  expect(() => ffi.memmove(ffi.new('char[100]'), Buffer.from('ab'), 100)).to.throw(RangeError, /exceed/);
  expect(ffi.typeof(ffi.addressof(p))).to.equal('struct k_point *');
  expect(ffi.addressof(p).x).to.equal(3);
  expect([...ffi.new('int[3]', new Int32Array([4, 5, 6]))]).to.deep.equal([4, 5, 6]);
  expect([...ffi.new('double[2]', new Float64Array([1.5, 2.5]))]).to.deep.equal([1.5, 2.5]);
  expect(() => ip.add(0.5)).to.throw(RangeError);
  expect(() => ffi.new('char[2]', 'hello')).to.throw(RangeError, /too long/);
  const b = ffi.new('_Bool *');
  b.value = true;
  expect(b.value).to.equal(true);
  expect(() => {
    b.value = 2;
  }).to.throw(RangeError);
  expect(() => ffi.unpack(ip, -1)).to.throw(RangeError);
  expect(() => ffi.cast('int', NaN)).to.throw(TypeError);
  expect(() => {
    lib.k_counter = 2 ** 33;
  }).to.throw(RangeError, /k_counter/);
  expect(() => {
    ffi.NULL = 5;
  }).to.throw(TypeError);
  const copy = ffi.new('struct k_point *', p);
  expect(copy.x).to.equal(3);

  r.pair = { lo: 1 };
  expect([r.pair.lo, r.pair.hi]).to.deep.equal([1, 0]);
  r.values = [9, 8];
  expect([...r.values]).to.deep.equal([9, 8, 0, 0]);
  expect(() => {
    r.values = [1, 2, 3, 4, 5];
  }).to.throw(RangeError);
  expect(() => {
    r.pair = { nope: 1 };
  }).to.throw(TypeError, /has no field 'nope'/);

  expect(() => {
    p.nosuch = 1;
  }).to.throw(TypeError, /'struct k_point' has no field 'nosuch'/);
  expect(p.nosuch).to.equal(undefined);

  ffi.release(q);
  expect(() => lib.k_point_sum(q)).to.throw(TypeError, /released/);
}
