/**
 * The leak spec (issue 8): a million cycles each of `ffi.new`, a string argument, a callback made and
 * closed, and a handle made and dropped keep the process's memory flat after forced collections, and
 * `ffi.gc` destructors run. Each kind runs in its own `node --expose-gc` child; RSS is read after a
 * first million (the allocator keeps the pages its garbage peaked at) and after a second, both after
 * full collections: a leak of 30 bytes a cycle shows.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, scratch } from './helpers/run.js';

const CYCLES = 1_000_000;

/** One kind of cycle: what a loop iteration does with `ffi` and `lib` (libc: strlen, qsort, malloc, free). */
const KINDS: Record<string, string> = {
  'ffi.new': "const p = ffi.new('int[8]', [i, 1, 2]); sink += p[0];",
  'a string argument': "sink += Number(lib.strlen('cycle ' + i));",
  'a callback made and closed': "const cb = ffi.callback('int (*)(const void *, const void *)', () => 0); cb.close();",
  'a callback passed for one call': 'lib.qsort(one, 1, 4, () => 0);',
  'a handle made and dropped': 'sink += ffi.fromHandle(ffi.newHandle({ i })).i;',
  'ffi.gc on malloc memory': 'ffi.gc(lib.malloc(32), (p) => (freed++, lib.free(p)));',
};

function script(body: string): string {
  return `import { ffi, lib } from './libc/index.js';
let sink = 0, freed = 0;
const one = ffi.new('int[1]');
const settle = async () => {
  // FinalizationRegistry callbacks (handles, ffi.gc) run as later tasks: on a loaded machine they lag
  for (let k = 0; k < 40; k++) (globalThis.gc(), await new Promise((r) => setTimeout(r, 10)));
};
async function loop(n) {
  for (let i = 0; i < n; i++) {
    ${body}
    if ((i & 0xffff) === 0) await new Promise((r) => setImmediate(r)); // let finalisers run, as a program would
  }
}
await loop(${CYCLES}); // the high-water mark: RSS keeps the pages a loop's garbage once needed
await settle();
const before = process.memoryUsage().rss;
await loop(${CYCLES});
await settle();
const after = process.memoryUsage().rss;
console.log(JSON.stringify({ grewMB: (after - before) / 2 ** 20, freed, sink: typeof sink }));
`;
}

describe('a million cycles keep memory flat (node --expose-gc)', function () {
  this.timeout(600000);
  const dir = scratch('leak');

  before(function () {
    const r = cli(['stdlib.h', 'string.h', '--only', 'qsort', 'malloc', 'free', 'strlen', '-o', './libc'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  for (const [kind, body] of Object.entries(KINDS)) {
    it(kind, function () {
      const file = `leak-${kind.replace(/\W+/g, '-')}.mjs`;
      fs.writeFileSync(path.join(dir, file), script(body));
      const r = spawnSync(process.execPath, ['--expose-gc', file], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
      const out = JSON.parse(r.stdout) as { grewMB: number; freed: number };
      expect(out.grewMB, `${kind}: RSS grew ${out.grewMB.toFixed(1)} MB over ${CYCLES} cycles`).to.be.below(30);
      if (kind.startsWith('ffi.gc')) expect(out.freed).to.be.above(CYCLES * 1.8); // the destructors ran
    });
  }
});
