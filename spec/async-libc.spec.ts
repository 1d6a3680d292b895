/**
 * `lib.fn.async` on the real libc: blocking calls run on the libuv thread pool side by side while
 * the JS thread keeps running, and a failing call's errno (ENOENT) reads back exactly after sync and
 * async calls, with JS work in between. Timings are compared with each other in the same process
 * (ratios, retried), never with absolute bounds a loaded machine could break.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const ONLY = ['usleep', 'open', 'fopen', 'fclose', 'stat', 'access', 'O_RDONLY', 'ENOENT', 'F_OK'];

describe('lib.fn.async on libc: unistd.h fcntl.h stdio.h sys/stat.h errno.h', function () {
  const dir = scratch('async-libc');

  before(function () {
    const headers = ['unistd.h', 'fcntl.h', 'stdio.h', 'sys/stat.h', 'errno.h'];
    const r = cli([...headers, '--only', ...ONLY, '-o', './libc'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('runs 4 usleep(200000) side by side, well under the sum of four, while setInterval ticks', function () {
    const r = node(
      `import { lib } from './libc/index.js';
const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
const sleep = () => lib.usleep.async(200000);
let best;
for (let attempt = 0; attempt < 3; attempt++) {
  const one = await time(sleep);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const four = await time(() => Promise.all([sleep(), sleep(), sleep(), sleep()]));
  clearInterval(timer);
  const serial = await time(async () => { for (let i = 0; i < 4; i++) await sleep(); });
  const m = { ratioToOne: four / one, ratioToSerial: four / serial, ticks };
  if (!best || m.ratioToSerial < best.ratioToSerial) best = m;
  if (m.ratioToOne < 1.6 && m.ratioToSerial < 0.6 && m.ticks >= 5) break;
}
console.log(JSON.stringify(best));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const m = JSON.parse(r.stdout) as { ratioToOne: number; ratioToSerial: number; ticks: number };
    // in series the four would take 4x one (ratio to serial ~1); on the pool they overlap (~0.25)
    expect(m.ratioToSerial, JSON.stringify(m)).to.be.below(0.6);
    expect(m.ratioToOne, JSON.stringify(m)).to.be.below(1.6);
    // the JS thread ran timers during the sleeps (a blocked thread would tick 0 times)
    expect(m.ticks, JSON.stringify(m)).to.be.at.least(5);
  });

  it('reads ENOENT back exactly after failing sync and async calls, JS work in between', function () {
    const r = node(
      `import * as fs from 'node:fs';
import { ffi, lib } from './libc/index.js';
const missing = '/nonexistent/cffi-import/' + process.pid;
const work = () => { fs.existsSync(missing); JSON.parse(JSON.stringify({ a: 'x'.repeat(10000) })); };
const out = [];
ffi.errno = 0;
out.push(lib.open(missing, lib.O_RDONLY), (work(), ffi.errno));
ffi.errno = 0;
out.push(lib.fopen(missing, 'r'), (work(), ffi.errno));
ffi.errno = 0;
out.push(lib.stat(missing, ffi.new('struct stat *')), (work(), ffi.errno));
ffi.errno = 0;
out.push(await lib.open.async(missing, lib.O_RDONLY), (work(), ffi.errno));
ffi.errno = 0;
out.push(await lib.fopen.async(missing, 'r'), ffi.errno);
ffi.errno = 0;
const st = lib.stat.async(missing, ffi.new('struct stat *'));
work();
out.push(ffi.errno); // not yet settled: still what was set
out.push(await st, (await new Promise((r) => setTimeout(r, 10)), work(), ffi.errno));
ffi.errno = 0;
out.push(await lib.access.async('/', lib.F_OK), ffi.errno); // a call that succeeds leaves errno alone
console.log(JSON.stringify({ out, ENOENT: lib.ENOENT }));
`,
      dir,
    );
    expect(r.stderr).to.equal('');
    const { out, ENOENT } = JSON.parse(r.stdout) as { out: unknown[]; ENOENT: number };
    expect(ENOENT).to.equal(2);
    expect(out).to.deep.equal([-1, ENOENT, null, ENOENT, -1, ENOENT, -1, ENOENT, null, ENOENT, 0, -1, ENOENT, 0, 0]);
  });

  it('types .async as the sync call`s parameters and a Promise of its result (tsc --strict)', function () {
    fs.writeFileSync(
      path.join(dir, 'ok.mts'),
      `import { ffi, lib } from './libc/index.js';
const n: number = await lib.usleep.async(1);
const f: Promise<ReturnType<typeof lib.fopen>> = lib.fopen.async('/x', 'r');
const fd: number = await lib.open.async('/x', lib.O_RDONLY);
const e: number = ffi.errno;
void [n, f, fd, e];
`,
    );
    const ok = tsc([...TSC_STRICT, 'ok.mts'], dir);
    expect(ok.status, ok.stdout).to.equal(0);
    fs.writeFileSync(
      path.join(dir, 'bad.mts'),
      `import { lib } from './libc/index.js';\nawait lib.usleep.async('1');\n`,
    );
    const bad = tsc([...TSC_STRICT, 'bad.mts'], dir);
    expect(bad.stdout).to.match(/bad\.mts\(2,24\): error TS2345/);
  });
});
