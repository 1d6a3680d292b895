// Pointers are typed at run time too: a pointer to one type is not accepted for another.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  // NULL is null, both ways
  expect(lib.p_value_or(null, 5)).to.equal(5);
  expect(lib.p_is_null(null)).to.equal(1);
  expect(lib.p_is_null(ffi.NULL)).to.equal(1);
  // a missing pointer argument is not NULL
  expect(() => lib.p_is_null()).to.throw(TypeError, /undefined/);
  expect(() => lib.p_is_null(null, 1)).to.throw(TypeError, /takes 1 argument/);
  expect(ffi.NULL).to.equal(null);
  expect(() => {
    ffi.NULL = 5;
  }).to.throw(TypeError);
  const n = ffi.new('p_node_t *', { value: 3 });
  expect(lib.p_value_or(n, 5)).to.equal(3);
  expect(n.next).to.equal(null);
  expect(lib.p_is_null(n)).to.equal(0);

  // exact addresses
  expect(BigInt(lib.p_address(n))).to.equal(n.address);
  expect(n.address).to.be.a('bigint');
  // a field named 'value' wins over the pointer's own .value
  expect(ffi.cast('struct p_node *', n.address).value).to.equal(3);
  expect(ffi.cast('p_node_t *', null)).to.equal(null);
  const raw = ffi.cast('void *', n);
  expect(ffi.typeof(raw).cname).to.equal('void *');
  expect(lib.p_value_or(ffi.cast('struct p_node *', raw), 0)).to.equal(3);
  expect(() => lib.p_value_or(ffi.cast('p_node_t *', 8).add(-2), 0)).to.throw(RangeError, /not an address/);

  // wrong pointer types, and things that are no pointers
  expect(() => lib.p_value_or(ffi.new('int *'), 0)).to.throw(TypeError, /struct p_node \*/);
  expect(() => lib.p_value_or('str', 0)).to.throw(TypeError);
  expect(() => lib.p_value_or(1234, 0)).to.throw(TypeError);
  expect(() => lib.p_value_or({ value: 1 }, 0)).to.throw(TypeError);
  expect(lib.p_is_null(ffi.new('int *'))).to.equal(0); // void * takes every pointer

  // arithmetic and equality
  const arr = ffi.new('int[3]', [10, 20, 30]);
  const second = arr.add(1);
  expect(second.value).to.equal(20);
  expect(second.add(-1).equals(arr)).to.equal(true);
  expect(second.address - arr.address).to.equal(4n);
  expect(second.equals(null)).to.equal(false);
  expect(() => arr.add(3).value).to.throw(RangeError);

  // out-parameters
  const out = ffi.new('int *');
  lib.p_out(out, 42);
  expect(out.value).to.equal(42);
  const slot = ffi.new('struct p_node *[1]');
  lib.p_out_node(slot, n);
  expect(slot.get(0).value).to.equal(3);
  const pp = ffi.new('int *[1]');
  pp.set(0, out);
  expect(lib.p_deref2(pp)).to.equal(42);

  // _Bool and scalar pointers: .value is p[0]
  const b = ffi.new('_Bool *');
  b.value = true;
  expect(b.value).to.equal(true);
  expect(() => {
    b.value = 2;
  }).to.throw(RangeError);

  // opaque records pass through as pointers and cannot be made or read in JS
  const o = lib.p_opaque_new();
  expect(lib.p_opaque_get(o)).to.equal(99);
  expect(ffi.typeof(o).cname).to.equal('struct p_opaque *');
  expect(() => ffi.new('struct p_opaque *')).to.throw(TypeError, /opaque/);
  expect(() => o.value).to.throw(TypeError, /opaque/);
  lib.p_opaque_free(o);

  // function-pointer fields: NULL reads as null, a C function's address round-trips
  const ops = ffi.new('struct p_ops *');
  expect(ops.op).to.equal(null);
  expect(lib.p_apply(ops, 2, 3)).to.equal(-1);
  lib.p_set_add(ops);
  expect(ops.op).to.not.equal(null);
  expect(lib.p_apply(ops, 2, 3)).to.equal(5);
  const copy = ffi.new('struct p_ops *', { op: ops.op });
  expect(lib.p_is_add(copy)).to.equal(1);
  expect(lib.p_apply(copy, 4, 5)).to.equal(9);
}
