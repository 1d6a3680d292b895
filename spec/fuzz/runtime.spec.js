/**
 * A short, fixed-seed run of the runtime's argument-conversion fuzzer (spec/fuzz/runtime/): random JS
 * values into every C type of echo.h through a generated module, each batch in its own process.
 * `npm run fuzz:runtime -- --n N --seed S` runs it long; docs/sanitizers.md has the figures.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildEchoModule, fuzzRuntime } from './runtime/fuzz.mjs';

describe('fuzz: the runtime argument conversion (fixed seed)', function () {
  this.timeout(600000);
  let mod;
  before(function () {
    mod = buildEchoModule();
  });

  it('echoes every valid value exactly and refuses every other one with an error naming it', async function () {
    const { totals, crashes, findings } = await fuzzRuntime({ n: 6000, seed: 1, batch: 3000, mod });
    expect(crashes).to.deep.equal([]);
    expect(findings).to.deep.equal([]);
    expect(totals.calls + totals.known).to.equal(6000); // `known`: skipped, they would hit a known hole
    // the run is not vacuous: each outcome was seen many times
    expect(totals.echoed).to.be.above(300);
    expect(totals.rejected).to.be.above(3000);
  });

  it('reports a batch that dies as a crash with the seed that replays it', async function () {
    const dead = fs.mkdtempSync(path.join(os.tmpdir(), 'cffi-fuzz-dead-'));
    try {
      fs.writeFileSync(path.join(dead, 'index.js'), "process.kill(process.pid, 'SIGSEGV');\n");
      const { crashes, totals } = await fuzzRuntime({ n: 10, seed: 3, batch: 10, mod: dead });
      expect(totals.calls).to.equal(0);
      expect(crashes).to.have.length(1);
      expect(crashes[0].how).to.match(/SIGSEGV/);
      expect(crashes[0].replay).to.include(String(crashes[0].seed));
    } finally {
      fs.rmSync(dead, { recursive: true, force: true });
    }
  });
});
