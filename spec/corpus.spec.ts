/**
 * A fixed subset of `npm run corpus`: pthread.h and setjmp.h whole, without --only or --exclude —
 * records behind `__attribute__ ((__aligned__))` typedefs build, `__sigsetjmp` is what GCC declares,
 * `pthread_atfork` (glibc's libc_nonshared.a) is linked in rather than reported missing — each
 * imported, built, loaded and every member of `lib` read.
 */
import { expect } from 'chai';
import * as path from 'node:path';
import { ROOT, runAsync } from './helpers/run.js';

describe('npm run corpus, a fixed subset: pthread.h, setjmp.h', function () {
  it('imports, builds, loads and reads them, no symbol missing', async function () {
    this.timeout(600000);
    const r = await runAsync(
      process.execPath,
      [path.join(ROOT, 'bench', 'corpus.mjs'), '--set', 'glibc', 'pthread.h', 'setjmp.h'],
      ROOT,
    );
    expect(r.status, r.stdout + r.stderr).to.equal(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const h of ['pthread.h', 'setjmp.h']) {
      const line = lines.find((l) => l.includes(` ${h} `)) ?? '';
      expect(line, r.stdout).to.match(/^\s+ok\s/);
      expect(line).not.to.include('missing');
    }
    expect(lines.at(-1)).to.match(/^total: 2 headers — 2 ok, 0 failed/);
  });
});
