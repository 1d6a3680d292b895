// lib.fn.async: the same conversions as the sync call, the call on the thread pool, the result when it settles;
// what JS passed stays alive until then (proven with forced collections: this runs under node --expose-gc).
import { expect } from 'chai';

export default async function check({ ffi, lib, collect }) {
  // every kind of result, and the function-like macro
  expect(await lib.ac_twice.async(21)).to.equal(42);
  expect(await lib.AC_TWICE.async(5)).to.equal(10);
  expect(await lib.ac_big.async()).to.equal(0xfedcba9876543210n);
  expect(await lib.ac_echo.async('hé')).to.equal('hé');
  expect(await lib.ac_touch.async()).to.equal(undefined);
  expect(lib.ac_touched()).to.equal(1);
  const ints = ffi.new('int[4]', [1, 2, 3, 4]);
  const next = await lib.ac_next.async(ints);
  expect(ffi.typeof(next).cname).to.equal('int *');
  expect(next.get(0)).to.equal(2);
  const pair = await lib.ac_double.async(ffi.new('struct ac_pair *', { a: 4, b: 1.25 }), 1);
  expect([pair.a, pair.b]).to.deep.equal([8, 2.5]);
  // variadic: the extras (a string in the arena, a long one on the heap) reach the worker thread
  expect(await lib.ac_sum.async(3, ffi.cast('int', 1), ffi.cast('int', 2), ffi.cast('int', 39))).to.equal(42);

  // a wrong argument rejects (never a synchronous throw): the Promise is the one way errors come back
  const bad = lib.ac_twice.async('x');
  expect(bad).to.be.an.instanceOf(Promise);
  await bad.then(
    () => expect.fail('resolved'),
    (e) => expect(e).to.be.an.instanceOf(TypeError),
  );
  await lib.ac_twice.async(1, 2).then(
    () => expect.fail('resolved'),
    (e) => expect(e.message).to.match(/ac_twice\(\) takes 1 argument/),
  );
  await lib.ac_twice.async(2 ** 40).then(
    () => expect.fail('resolved'),
    (e) => expect(e).to.be.an.instanceOf(RangeError),
  );

  // errno: the async call's, published when it settles; JS work in between does not clobber it
  expect(await lib.ac_fail.async(2)).to.equal(-1);
  JSON.parse(JSON.stringify({ work: 'x'.repeat(1000) }));
  await new Promise((r) => setTimeout(r, 5));
  expect(ffi.errno).to.equal(2);
  expect(lib.ac_fail(13)).to.equal(-1);
  expect(ffi.errno).to.equal(13);
  // ffi.errno = x is what the next call sees, sync or async
  ffi.errno = 7;
  expect(await lib.ac_seen_errno.async()).to.equal(7);
  ffi.errno = 9;
  expect(lib.ac_seen_errno()).to.equal(9);

  // a string argument lives until the call settles, however many collections run meanwhile
  const text = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
  const strlen = lib.ac_slow_strlen.async(text.slice(1), 300);
  await collect();
  expect(await strlen).to.equal(4999n);

  // a Buffer and ffi.new memory passed as `void *` stay alive (and are written) until the call settles
  let weakBuf, weakNew;
  const pending = (() => {
    const buf = Buffer.alloc(4096, 1);
    const mem = ffi.new('unsigned char[]', 4096);
    weakBuf = new WeakRef(buf);
    weakNew = new WeakRef(mem);
    return [lib.ac_slow_fill.async(buf, 4096, 3, 300), lib.ac_slow_fill.async(mem, 4096, 5, 300)];
  })();
  await collect();
  expect(weakBuf.deref(), 'the Buffer of a pending call').to.not.equal(undefined);
  expect(weakNew.deref(), 'the ffi.new memory of a pending call').to.not.equal(undefined);
  expect(await Promise.all(pending)).to.deep.equal([3 * 4096, 5 * 4096]);
  // once settled they are released: no reference outlives the call
  await collect(() => weakBuf.deref() === undefined && weakNew.deref() === undefined);
}
