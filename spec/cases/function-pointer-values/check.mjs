// A C function pointer read from a field, an array element, a global or a result is a JS function that
// converts its arguments as a `lib` function does, and stays a pointer that passes back into C.
import { expect } from 'chai';

export default function check({ ffi, lib }) {
  const ops = ffi.new('struct fp_ops *');
  lib.fp_init(ops);

  // fields, a typedef'd one included
  expect(ops.add(1, 2)).to.equal(3);
  expect(typeof ops.add).to.equal('function');
  expect(ffi.typeof(ops.add).cname).to.equal('int (*)(int, int)');
  expect(ops.scale(1.5, 4)).to.equal(6);
  expect(ops.name(1)).to.equal('one');
  expect(ops.name(5)).to.equal(null);
  expect(ops.wide(10n)).to.equal(-5n);
  const len = ops.length('héllo');
  expect(len).to.equal(6n);

  // an array field of function pointers
  expect(ops.table[0](3)).to.equal(6);
  expect(ops.table[1](3)).to.equal(9);
  expect(ops.table.get(2)(3)).to.equal(-3);
  expect([...ops.table].map((f) => f(4))).to.deep.equal([8, 16, -4]);

  // records by value and pointers cross as in a lib call
  const p = ops.make(3, 4);
  expect(p.x).to.equal(3);
  expect(p.y).to.equal(4);
  expect(ops.sum(p)).to.equal(7);
  const n = ffi.new('int *', 41);
  ops.touch(n);
  expect(n[0]).to.equal(42);

  // a function pointer as a result, and from globals
  expect(lib.fp_pick(0)(5)).to.equal(10);
  expect(lib.fp_pick(1)(5)).to.equal(25);
  expect(lib.fp_current(6, 7)).to.equal(42);
  expect(lib.fp_unary[0](8)).to.equal(-8);
  expect(lib.fp_unary[1](8)).to.equal(64);

  // argument checks name the pointer type and the argument
  expect(() => ops.add(1, 'x')).to.throw(TypeError, /int \(\*\)\(int, int\)\(\): argument '2'.*'int'/);
  expect(() => ops.add(1, 2 ** 31)).to.throw(RangeError, /argument '2'/);
  expect(() => ops.add(1)).to.throw(TypeError, /argument '2'/);
  expect(() => ops.add(1, 2, 3)).to.throw(TypeError, /takes 2 arguments/);
  expect(() => ops.sum(ffi.new('int *'))).to.throw(TypeError, /argument '1': expected 'struct fp_point \*'/);
  expect(() => ops.touch(ops)).to.throw(TypeError, /expected 'int \*', got cdata 'struct fp_ops \*'/);
  expect(() => ops.wide(2 ** 60)).to.throw(RangeError, /beyond 2\^53/);

  // NULL reads as null, as every NULL pointer; calling it throws, it never crashes
  expect(ops.none).to.equal(null);
  expect(() => ops.none(1)).to.throw(TypeError);
  expect(lib.fp_pick(2)).to.equal(null);
  expect(() => lib.fp_pick(2)(5)).to.throw(TypeError);

  // a variadic function pointer is a pointer JS cannot call: a clear error
  expect(ffi.typeof(ops.printf_like).cname).to.equal('int (*)(char *, ...)');
  expect(() => ops.printf_like('x')).to.throw(TypeError, /cannot call .*variadic/);

  // the value passes back into C where its type is expected, and keeps its identity checks
  expect(lib.fp_apply(ops.table[1], 7)).to.equal(49);
  expect(lib.fp_apply(lib.fp_pick(0), 7)).to.equal(14);
  expect(() => lib.fp_apply(ops.add, 7)).to.throw(
    TypeError,
    /expected 'int \(\*\)\(int\)', got cdata 'int \(\*\)\(int, int\)'/,
  );
  ops.table[2] = ops.table[0];
  expect(ops.table[2](21)).to.equal(42);
  ops.none = lib.fp_pick(1);
  expect(ops.none(3)).to.equal(9);
  expect(ops.none.equals(ops.table[1])).to.equal(true);
  lib.fp_current = ops.add;
  expect(lib.fp_current(20, 22)).to.equal(42);
  expect(ffi.cast('void *', ops.add).address).to.equal(ops.add.address);
  expect(ffi.cast('fp_binop', ffi.cast('void *', ops.add))(2, 3)).to.equal(5);
  // the spelling ffi.typeof gives is one ffi.cast and ffi.new read
  expect(ffi.cast('int (*)(int, int)', ffi.cast('void *', ops.add))(2, 3)).to.equal(5);
  expect(ffi.cast('int(*)(int,int)', ops.add).equals(ops.add)).to.equal(true);
  expect(ffi.cast(ffi.typeof(ops.name), ops.name)(0)).to.equal('zero');
  expect(ffi.sizeof('int (*)(int)')).to.equal(8);
  const slot = ffi.new('int (*)(int) *');
  slot[0] = ops.table[1];
  expect(slot[0](5)).to.equal(25);
  expect(() => ffi.cast('int (*)(short)', ops.add)).to.throw(TypeError, /unknown C type 'int \(short\)'/);
  expect(ops.add.apply(null, [4, 5])).to.equal(9);

  // a function pointer that takes one, and one that returns one
  expect(ops.apply(ops.table[1], 6)).to.equal(36);
  expect(() => ops.apply(ops.add, 6)).to.throw(TypeError, /argument '1': expected 'int \(\*\)\(int\)'/);
  expect(lib.fp_chooser(0)(7)).to.equal(14);
  expect(lib.fp_chooser(2)).to.equal(null);

  // JS-owned memory holding function pointers: set, read back, call
  const fns = ffi.new('fp_binop[2]', [lib.fp_current, ops.add]);
  expect(fns[0](6, 7)).to.equal(13);
  expect(fns[1](6, 7)).to.equal(13);
  expect(fns.length).to.equal(2);

  // a record by value the module has no layout for: not callable, said so
  ops.hidden = ffi.cast('void *', ops.add);
  expect(() => ops.hidden()).to.throw(TypeError, /cannot call .*layout/);
  expect(String(ops.add)).to.match(/^<cdata 'int \(\*\)\(int, int\)' 0x[0-9a-f]+>$/);
}
