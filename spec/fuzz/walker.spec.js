/**
 * A short, fixed-seed run of the libclang walker's libFuzzer harness (native/fuzz/): mutated real
 * headers through parse + walk + tape under ASan and UBSan. `npm run fuzz:walker -- --seconds N` runs it
 * long; docs/sanitizers.md has the figures.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fuzzWalker } from '../../native/fuzz/run.mjs';

describe('fuzz: the libclang walker (libFuzzer, fixed seed)', function () {
  this.timeout(600000);

  it('runs 120 mutated headers without a crash, a sanitizer report, a hang or a broken tape', async function () {
    const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'cffi-fuzz-walker-'));
    try {
      const result = await fuzzWalker({ runs: 120, seed: 1, small: true, corpus, timeout: 30, quiet: true });
      const tail = result.log.split('\n').slice(-40).join('\n');
      expect(result.artifacts, tail).to.deep.equal([]);
      expect(result.code, tail).to.equal(0);
      expect(result.stats.number_of_executed_units, tail).to.be.at.least(120);
    } finally {
      fs.rmSync(corpus, { recursive: true, force: true });
    }
  });
});
