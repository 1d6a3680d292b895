/**
 * JS callbacks on real libraries (docs/callbacks.md): libc's qsort with a JS comparator, SQLite's
 * sqlite3_exec row callback and a JS scalar function (userdata through ffi.newHandle, a throwing one
 * reported), zlib's allocator as JS callbacks; the thread test of spec/cases/callbacks inside a
 * worker; a process that still holds callbacks exits 0; a foreign call while the JS thread waits in
 * a synchronous C call is reported on stderr.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, run, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const CASE = path.join(ROOT, 'spec', 'cases', 'callbacks');

describe('callbacks on real libraries', function () {
  const dir = scratch('callbacks');

  before(function () {
    const gen = (args: string[]): void => {
      const r = cli(args, dir);
      expect(r.status, r.stderr).to.equal(0);
    };
    gen(['stdlib.h', '--only', 'qsort', '-o', './libc']);
    const sqlite = ['sqlite3_open', 'sqlite3_close', 'sqlite3_exec', 'sqlite3_create_function', 'sqlite3_user_data'];
    const values = ['sqlite3_value_int', 'sqlite3_result_int', 'sqlite3_free', 'SQLITE_UTF8', 'SQLITE_OK'];
    gen(['sqlite3.h', '--only', ...sqlite, ...values, '-l', 'sqlite3', '-o', './sq']);
    gen(['zlib.h', '--only', 'deflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './z']);
    fs.copyFileSync(path.join(CASE, 'input.h'), path.join(dir, 'callbacks.h'));
    const cc = run('cc', ['-shared', '-fPIC', '-O1', '-o', 'libcallbacks.so', path.join(CASE, 'impl.c')], dir);
    expect(cc.status, cc.stderr).to.equal(0);
    gen(['./callbacks.h', '-L', dir, '-l', 'callbacks', `--clang-arg=-Wl,-rpath,${dir}`, '-o', './cb']);
  });

  it('sorts 10,000 random int32 with qsort and a JS comparator as a JS sort does', function () {
    const r = node(
      `import { ffi, lib } from './libc/index.js';
const values = Array.from({ length: 10000 }, () => (Math.random() * 2 ** 32) | 0);
const arr = ffi.new('int[]', values);
let calls = 0;
lib.qsort(arr, values.length, 4, (a, b) => {
  calls++;
  const x = ffi.cast('int *', a)[0], y = ffi.cast('int *', b)[0];
  return x < y ? -1 : x > y ? 1 : 0;
});
console.log(JSON.stringify({ same: [...arr].join() === values.sort((p, q) => p - q).join(), calls: calls > 10000 }));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({ same: true, calls: true });
  });

  it('collects every row of sqlite3_exec and runs a JS scalar function from SQL', function () {
    const r = node(
      `import { ffi, lib } from './sq/index.js';
const pdb = ffi.new('sqlite3 *[1]');
if (lib.sqlite3_open(':memory:', pdb) !== lib.SQLITE_OK) throw new Error('open');
const db = pdb[0];
const exec = (sql, cb) => {
  const err = ffi.new('char *[1]');
  const rc = lib.sqlite3_exec(db, sql, cb ?? null, null, err);
  if (rc !== lib.SQLITE_OK) throw new Error(ffi.string(err[0]));
};
exec('create table t(a integer, b text); insert into t values (1, "one"), (2, "two"), (3, null)');
const rows = [];
exec('select a, b from t order by a', (user, n, vals, names) => {
  const row = {};
  for (let i = 0; i < n; i++) row[ffi.string(names[i])] = vals[i] === null ? null : ffi.string(vals[i]);
  rows.push(row);
  return 0;
});
// a scalar function: its userdata is a JS object, through ffi.newHandle
const ctx = { factor: 10, calls: 0 };
const user = ffi.newHandle(ctx);
const times = ffi.callback('void (*)(sqlite3_context *, int, sqlite3_value **)', (c, n, args) => {
  const self = ffi.fromHandle(lib.sqlite3_user_data(c));
  self.calls++;
  lib.sqlite3_result_int(c, lib.sqlite3_value_int(args[0]) * self.factor);
});
lib.sqlite3_create_function(db, 'times', 1, lib.SQLITE_UTF8, user, times, null, null);
const scaled = [];
exec('select times(a) from t order by a', (u, n, vals) => (scaled.push(ffi.string(vals[0])), 0));
// a throwing function: SQLite goes on (NULL result), the error reaches onError
const errors = [];
const bad = ffi.callback('void (*)(sqlite3_context *, int, sqlite3_value **)', () => {
  throw new Error('bad function');
}, { onError: (e) => errors.push(e.message) });
lib.sqlite3_create_function(db, 'bad', 1, lib.SQLITE_UTF8, null, bad, null, null);
const bads = [];
exec('select bad(a) from t', (u, n, vals) => (bads.push(vals[0]), 0));
// a throwing row callback passed per call: reported as a warning, C gets zero and goes on
let aborted = '';
try {
  exec('select a from t', () => { throw new Error('stop'); });
} catch (e) { aborted = e.message; }
lib.sqlite3_close(db);
console.log(JSON.stringify({ rows, scaled, calls: ctx.calls, errors, bads, aborted }));
`,
      dir,
    );
    const got = JSON.parse(r.stdout);
    expect(got.rows).to.deep.equal([
      { a: '1', b: 'one' },
      { a: '2', b: 'two' },
      { a: '3', b: null },
    ]);
    expect(got.scaled).to.deep.equal(['10', '20', '30']);
    expect(got.calls).to.equal(3);
    expect(got.errors).to.deep.equal(['bad function', 'bad function', 'bad function']);
    expect(got.bads).to.deep.equal([null, null, null]);
    expect(r.stderr).to.match(/CallbackError: .*Error: stop/);
    expect(got.aborted).to.equal('');
  });

  it('gives zlib JS allocator callbacks (z_stream.zalloc/zfree): every allocation is freed', function () {
    const client = `import { ffi, lib } from './z/index.js';
const live = new Map<bigint, unknown>();
let allocs = 0;
let frees = 0;
const zalloc = ffi.callback('alloc_func', (_opaque: unknown, items: number, size: number) => {
  const mem = ffi.new('char[]', items * size);
  live.set(mem.address, mem);
  allocs++;
  return mem;
});
const zfree = ffi.callback('free_func', (_opaque: unknown, p: { address: bigint } | null) => {
  if (p !== null && live.delete(p.address)) frees++;
});
const strm = ffi.new('z_stream *');
strm.zalloc = zalloc;
strm.zfree = zfree;
if (lib.deflateInit_(strm, 6, lib.ZLIB_VERSION, ffi.sizeof('z_stream')) !== lib.Z_OK) throw new Error('init');
const input = Buffer.alloc(100000, 'abc');
const out = Buffer.alloc(200000);
strm.next_in = ffi.fromBuffer(input);
strm.avail_in = input.length;
strm.next_out = ffi.fromBuffer(out);
strm.avail_out = out.length;
const rc = lib.deflate(strm, lib.Z_FINISH);
const size = Number(strm.total_out);
lib.deflateEnd(strm);
zalloc.close();
zfree.close();
console.log(JSON.stringify({ rc: rc === lib.Z_STREAM_END, allocs, frees, left: live.size, size: size > 0 }));
`;
    fs.writeFileSync(path.join(dir, 'zalloc.mts'), client);
    const build = tsc([...TSC_STRICT.filter((f) => f !== '--noEmit'), '--skipLibCheck', 'zalloc.mts'], dir);
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'zalloc.mjs'), 'utf8'), dir, 'zalloc.mjs');
    expect(r.stderr).to.equal('');
    const got = JSON.parse(r.stdout) as { rc: boolean; allocs: number; frees: number; left: number; size: boolean };
    expect(got.rc).to.equal(true);
    expect(got.allocs).to.be.greaterThan(0);
    expect(got.frees).to.equal(got.allocs);
    expect(got.left).to.equal(0);
  });

  it('runs the 4-thread test inside a worker_threads worker, twice, and the worker exits', function () {
    const r = node(
      `import { Worker } from 'node:worker_threads';
const body = \`
const { parentPort } = require('node:worker_threads');
const { ffi, lib } = require(\${JSON.stringify(process.cwd() + '/cb/index.js')});
let count = 0, done;
const all = new Promise((resolve) => (done = resolve));
const cb = ffi.callback('cb_binop', (t, i) => (++count === 4000 && done(), t * 10000 + i), { ref: true });
lib.cb_start_threads(cb, 4, 1000);
all.then(() => { parentPort.postMessage(lib.cb_join_threads()); cb.close(); });
\`;
const once = () => new Promise((resolve, reject) => {
  const w = new Worker(body, { eval: true });
  let got;
  w.on('message', (m) => (got = m));
  w.on('error', reject);
  w.on('exit', (code) => resolve([got, code]));
});
console.log(JSON.stringify([await once(), await once()]));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal([
      [4000, 0],
      [4000, 0],
    ]);
  });

  it('exits 0 while holding callbacks, one stored in C memory, one called from a thread', function () {
    const r = node(
      `import { ffi, lib } from './cb/index.js';
const reg = ffi.new('struct cb_registry *');
reg.op = ffi.callback('cb_binop', (a, b) => a - b);
globalThis.kept = [reg, ffi.callback('cb_notify', () => {}), ffi.newHandle({})];
let done;
const first = new Promise((resolve) => (done = resolve));
const cb = ffi.callback('cb_binop', (t, i) => (done(), t * 10000 + i), { ref: true });
lib.cb_start_threads(cb, 1, 1);
await first;
lib.cb_join_threads();
cb.close(); // ref: true keeps the process alive until closed; the unref'd ones above do not
console.log(lib.cb_registry_run(reg, 5, 3));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.equal('2\n');
  });

  it('says on stderr when a foreign call waits for a JS thread blocked in a synchronous call', function () {
    fs.writeFileSync(
      path.join(dir, 'deadlock.mjs'),
      `import { lib } from './cb/index.js';
lib.cb_apply_in_thread((a, b) => a + b, 1, 2);
`,
    );
    const r = run('timeout', ['-s', 'KILL', '6', process.execPath, 'deadlock.mjs'], dir);
    expect(r.status).to.not.equal(0);
    expect(r.stderr).to.match(/the JS thread has not answered for 3 s .*lib\.fn\.async.*'int \(\*\)\(int, int\)'/s);
  });
});
