/**
 * Random signatures with a fixed seed: records of every scalar width, bitfields, arrays, packing,
 * anonymous members and nesting, passed and returned by value with scalars and variadic extras; C
 * prints what it received, JS compares it with what it passed, and every sizeof/offsetof with the
 * compiler's. `npm run fuzz:signatures -- --n 5000` runs many more seeds (bench/fuzz-signatures.mjs).
 */
import { expect } from 'chai';
import { runBatch } from './helpers/signatures-build.js';

const SEED = 20261203;

describe('random signatures (fixed seed)', function () {
  it(`agree between C and JS for seed ${SEED}: 30 records, 120 functions`, async function () {
    const r = await runBatch(SEED, 30, 120, 'signatures-spec');
    expect(r.failures.slice(0, 20).join('\n')).to.equal('');
  });
});
