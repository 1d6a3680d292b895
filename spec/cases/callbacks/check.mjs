// JS functions passed into C: per call, stored with ffi.callback, from other threads; errors never reach C.
import { expect } from 'chai';

export default async function check({ ffi, lib, collect }) {
  // a JS function for a function-pointer argument, several signatures
  expect(lib.cb_apply((a, b) => a * b, 6, 7)).to.equal(42);
  expect(lib.cb_apply_wide((a, b) => a + BigInt.asIntN(64, b), -(1n << 62n), 5n)).to.equal(-(1n << 62n) + 5n);
  expect(lib.cb_apply_wide((a, b) => (expect(b).to.equal(2n ** 64n - 1n), a), 1n, 2n ** 64n - 1n)).to.equal(1n);
  expect(lib.cb_apply_scale((x) => x / 4, 3)).to.equal(0.75);
  const mem = ffi.new('int[4]');
  const user = ffi.newHandle({ base: mem });
  const got = lib.cb_apply_alloc((u, n) => ffi.fromHandle(u).base.add(n), user, 2);
  expect(got.address).to.equal(mem.address + 8n);
  expect(lib.cb_apply_measure((p) => p.x * 10 + p.y, 3, 4)).to.equal(34);
  expect(lib.cb_apply_make((x, y) => ffi.new('struct cb_point *', { x: y, y: x }), 1, 2)).to.equal(201);
  const seen = [];
  expect(
    lib.cb_apply_text((s, u) => (seen.push(s, ffi.fromHandle(u)), s.length), 'héllo', ffi.newHandle('ctx')),
  ).to.equal(5);
  expect(seen).to.deep.equal(['héllo', 'ctx']);
  const calls = [];
  expect(lib.cb_repeat((a, b) => void calls.push(a + b), 3)).to.equal(3);
  expect(calls).to.deep.equal([0, 2, 4]);

  // a fresh arrow function per call in a synchronous loop: each is given back when its call returns
  for (let i = 0; i < 200; i++) expect(lib.cb_apply((a, b) => a + b + i, 1, 2)).to.equal(3 + i);

  // a wrong argument type is still a TypeError naming the place
  expect(() => lib.cb_apply(42, 1, 2)).to.throw(TypeError, /cb_apply\(\): argument 'f'/);
  expect(() => ffi.fromHandle(mem)).to.throw(TypeError, /not a live handle/);

  // a throwing callback returns its errorValue (default zero) and the error is reported
  const errors = [];
  const bad = ffi.callback(
    'cb_binop',
    () => {
      throw new Error('boom');
    },
    { onError: (e) => errors.push(e.message), errorValue: -1 },
  );
  expect(lib.cb_apply(bad, 1, 2)).to.equal(-1);
  expect(errors).to.deep.equal(['boom']);
  const warned = new Promise((resolve) => process.once('warning', resolve));
  expect(lib.cb_apply(() => 'not a number', 1, 2)).to.equal(0);
  expect(String((await warned).message)).to.match(/callback 'int \(\*\)\(int, int\)' threw.*must be a number/s);
  expect(() => ffi.callback('cb_alloc', () => null, { errorValue: 5 })).to.throw(TypeError);
  expect(() => ffi.callback('cb_binop', () => 0, { wait: false })).to.throw(TypeError, /void callback/);

  // ffi.callback: stored in a field, called later, callable from JS too; closed, C gets zero
  const reg = ffi.new('struct cb_registry *');
  const add = ffi.callback('int (*)(int, int)', (a, b) => a + b);
  reg.op = add;
  expect(ffi.typeof(reg.op).cname).to.equal('int (*)(int, int)');
  expect(lib.cb_registry_run(reg, 2, 3)).to.equal(5);
  expect(add(4, 5)).to.equal(9);
  add.close();
  expect(() => add(1, 2)).to.throw(TypeError, /released/);
  expect(() => lib.cb_apply(add, 1, 2)).to.throw(TypeError, /released/);
  // C still holding the address gets zero (and a line on stderr), never a crash
  expect(lib.cb_registry_run(reg, 2, 3)).to.equal(0);

  // a JS function stored in a field lives as long as the record holds it (not just for a tick)
  reg.op = (a, b) => a * b + 1;
  await new Promise((resolve) => setImmediate(resolve));
  expect(lib.cb_registry_run(reg, 2, 3)).to.equal(7);
  // a callable pointer read from C passes back as a pointer, not as a new callback
  expect(lib.cb_apply(reg.op, 4, 5)).to.equal(21);

  // the pool: 64 of a type at once, a clear error after; closing frees slots
  const pool = [];
  expect(() => {
    for (let i = 0; i < 65; i++) pool.push(ffi.callback('cb_scale', (x) => x + i));
  }).to.throw(Error, /all 64 callbacks of type 'double \(\*\)\(double\)' are in use/);
  expect(pool.length).to.equal(64);
  pool.forEach((p) => ffi.release(p));
  expect(
    lib.cb_apply_scale(
      ffi.callback('cb_scale', (x) => -x),
      2,
    ),
  ).to.equal(-2);

  // per-call callbacks are given back after the tick: many in one loop reuse slots of the same function
  const twice = (x) => 2 * x;
  for (let i = 0; i < 200; i++) expect(lib.cb_apply_scale(twice, i)).to.equal(2 * i);

  // from 4 other threads: each call waits for the JS thread and gets its result
  let count = 0;
  const sums = [0, 0, 0, 0];
  let done;
  const all = new Promise((resolve) => (done = resolve));
  const onThread = ffi.callback(
    'cb_binop',
    (t, i) => {
      sums[t] += i;
      if (++count === 4000) done();
      return t * 10000 + i;
    },
    { ref: true },
  ); // nothing else keeps the process alive while the threads run
  expect(lib.cb_start_threads(onThread, 4, 1000)).to.equal(4);
  await all;
  expect(lib.cb_join_threads()).to.equal(4000);
  onThread.close(); // also keeps it alive until here: a collected callback is closed
  expect(sums).to.deep.equal([499500, 499500, 499500, 499500]);

  // .async: the C call runs on the thread pool, so its callbacks reach the JS thread while it waits
  expect(await lib.cb_apply.async((a, b) => a - b, 10, 3)).to.equal(7);
  let pooled = 0;
  const onPool = ffi.callback('cb_binop', (t, i) => (pooled++, t * 10000 + i));
  expect(lib.cb_start_threads(onPool, 4, 1000)).to.equal(4);
  expect(await lib.cb_join_threads.async()).to.equal(4000); // joined off the JS thread: no deadlock
  onPool.close();
  expect(pooled).to.equal(4000);

  // fire-and-forget: the C thread does not wait, so a synchronous call that joins it cannot deadlock
  let notified;
  const arrived = new Promise((resolve) => (notified = resolve));
  const later = ffi.callback('cb_notify', (a, b) => notified([a, b]), { wait: false, ref: true });
  expect(lib.cb_notify_in_thread(later, 3, 4)).to.equal(0);
  expect(await arrived).to.deep.equal([3, 4]);
  later.close();

  // an unclosed callback is freed with its pointer; one stored in a record lives with the record
  const weak = new WeakRef(ffi.callback('cb_binop', (a) => a));
  await collect(() => weak.deref() === undefined);
  expect(lib.cb_registry_run(reg, 2, 3)).to.equal(7);
}
