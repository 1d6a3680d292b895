/**
 * One runtime per thread, many modules (docs/runtime-sharing.md): modules generated separately — two
 * from zlib.h with different selections, one from libc — pass pointers to each other wherever C
 * would, see one `ffi.errno`, and a record both declare is one type. Modules whose headers disagree
 * on a record keep apart (two sizes) or fail at load (same size, different fields), by name.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, scratch } from './helpers/run.js';

const RECORD = `struct rs_rec {
#if defined(RS_WIDE)
  int a;
  long long b;
#elif defined(RS_SWAP)
  int b;
  int a;
#else
  int a;
  int b;
#endif
};
static inline int rs_a(struct rs_rec *r) { return r->a; }
`;

describe('one runtime, many modules: zlib.h twice and libc, loaded together', function () {
  const dir = scratch('runtime-sharing');

  before(function () {
    const gen = (args: string[]) => {
      const r = cli(args, dir);
      expect(r.status, r.stderr).to.equal(0);
    };
    gen(['zlib.h', '--only', 'deflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './zdef']);
    gen(['zlib.h', '--only', 'inflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', './zinf']);
    gen(['stdlib.h', 'string.h', 'unistd.h', '--only', 'malloc', 'free', 'memset', 'access', '-o', './libc']);
    fs.writeFileSync(path.join(dir, 'rs.h'), RECORD);
    gen(['./rs.h', '--name', 'narrow', '-o', './narrow']);
    gen(['./rs.h', '-D', 'RS_WIDE', '--name', 'wide', '-o', './wide']);
    gen(['./rs.h', '-D', 'RS_SWAP', '--name', 'swap', '-o', './swap']);
  });

  it('passes one module`s records and pointers to another: z_stream, malloc, free, ffi.cast', function () {
    const r = node(
      `import { deflateSync } from 'node:zlib';
import * as D from './zdef/index.js';
import * as I from './zinf/index.js';
import * as C from './libc/index.js';
const out = {};
// z_stream of one module is the other's: same type object, views accepted by both
const strm = D.ffi.new('z_stream *');
out.sameType = D.ffi.typeof(strm) === I.ffi.typeof(I.ffi.new('z_stream *'));
const input = deflateSync(Buffer.from('hello '.repeat(100)));
out.init = I.lib.inflateInit_(strm, I.lib.ZLIB_VERSION, D.ffi.sizeof('z_stream'));
// C memory from libc's malloc (void *) into zlib's Bytef * fields and back into libc's free
const src = C.lib.malloc(input.length);
const dst = C.lib.malloc(600);
C.lib.memset(dst, 0, 600);
C.ffi.memmove(src, input, input.length);
strm.next_in = src; strm.avail_in = input.length;
strm.next_out = dst; strm.avail_out = 600;
out.inflate = I.lib.inflate(strm, I.lib.Z_FINISH);
out.text = D.ffi.string(D.ffi.cast('char *', dst), 12);
out.end = I.lib.inflateEnd(strm);
// every module's ffi takes every module's cdata
out.cast = I.ffi.typeof(C.ffi.cast('unsigned char *', strm.next_out));
out.gc = typeof D.ffi.gc(dst, C.lib.free);
C.lib.free(src);
console.log(JSON.stringify(out));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({
      sameType: true,
      init: 0,
      inflate: 1, // Z_STREAM_END
      text: 'hello hello ',
      end: 0,
      cast: 'unsigned char *',
      gc: 'object',
    });
  });

  it('has one ffi.errno for all modules on the thread, sync and async', function () {
    const r = node(
      `import * as D from './zdef/index.js';
import * as C from './libc/index.js';
const out = [];
out.push(C.lib.access('/nonexistent/x', 0), D.ffi.errno);
D.ffi.errno = 0;
out.push(C.ffi.errno);
out.push(await C.lib.access.async('/nonexistent/y', 0), D.ffi.errno);
D.ffi.errno = 5;
out.push(D.lib.deflateBound(D.ffi.new('z_stream *'), 10) > 0n, C.ffi.errno);
console.log(JSON.stringify(out));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal([-1, 2, 0, -1, 2, true, 5]);
  });

  it('keeps ffi.errno per thread: a worker`s calls leave the main thread`s alone', function () {
    const r = node(
      `import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import * as C from './libc/index.js';
import * as D from './zdef/index.js';
if (isMainThread) {
  C.lib.access('/nonexistent/main', 0);
  const w = new Worker(new URL(import.meta.url));
  const seen = await new Promise((r) => w.on('message', r));
  console.log(JSON.stringify([D.ffi.errno, seen]));
} else {
  C.ffi.errno = 0;
  const before = D.ffi.errno;
  await C.lib.access.async('/', 0);
  C.ffi.errno = 9;
  parentPort.postMessage([before, D.ffi.errno]);
}
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal([2, [0, 9]]);
  });

  it('keeps records apart that two modules lay out differently, and refuses one they disagree on', function () {
    const r = node(
      `import * as N from './narrow/index.js';
import * as W from './wide/index.js';
const out = [N.ffi.sizeof('struct rs_rec'), W.ffi.sizeof('struct rs_rec')];
out.push(N.lib.rs_a(N.ffi.new('struct rs_rec *', { a: 3 })), W.lib.rs_a(W.ffi.new('struct rs_rec *', { a: 4 })));
try { W.lib.rs_a(N.ffi.new('struct rs_rec *')); } catch (e) { out.push(e.constructor.name); }
try { await import('./swap/index.js'); } catch (e) { out.push(e.message); }
console.log(JSON.stringify(out));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out.slice(0, 5)).to.deep.equal([8, 16, 3, 4, 'TypeError']);
    expect(out[5]).to.match(/two modules disagree on the layout of 'struct rs_rec': field '[ab]'/);
  });

  it('keys the shared runtime by the package version', function () {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const shared = fs.readFileSync(path.join(ROOT, 'src', 'runtime', 'shared.cts'), 'utf8');
    expect(shared).to.include(`const RUNTIME_VERSION = '${pkg.version}';`);
  });
});
