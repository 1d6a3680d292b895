// Random signatures, many seeds: `npm run fuzz:signatures -- --n 5000 [--seed S] [--batch 250] [--records 40]`.
// Each batch is one module (a header of random records and functions, its C library, cffi-import, a
// build) whose every call is checked: what C received against what JS passed, results, layouts.
// Each batch runs in its own process, so a crash is reported with its seed and the run goes on.
// Prints the seed first, so a failing run can be repeated; exits non-zero on any mismatch.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBatch } from '../dist/spec/helpers/signatures-build.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    batch: { type: 'string', default: '250' },
    records: { type: 'string', default: '40' },
    one: { type: 'string' },
  },
});
const per = Number(values.batch);
const records = Number(values.records);

if (values.one !== undefined) {
  // one batch, in this child process: its mismatches as JSON on stdout
  const seed = Number(values.one);
  const r = await runBatch(seed, records, per, `fuzz-signatures-${seed}`);
  process.stdout.write(JSON.stringify(r.failures));
} else {
  const n = Number(values.n);
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  console.log(`seed ${seed}: ${n} functions in batches of ${per} (repeat with --seed ${seed})`);
  const failures = [];
  for (let i = 0, done = 0; done < n; i++, done += per) {
    const args = ['--one', String(seed + i), '--batch', String(Math.min(per, n - done)), '--records', String(records)];
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const found =
      child.status === 0
        ? JSON.parse(child.stdout)
        : [
            `seed ${seed + i}: the batch crashed (${child.signal ?? `exit ${child.status}`}): ` +
              child.stderr.slice(-2000),
          ];
    failures.push(...found);
    console.log(`batch ${i} (seed ${seed + i}): ${found.length ? `${found.length} mismatches` : 'ok'}`);
  }
  for (const f of failures.slice(0, 50)) console.log(f);
  console.log(
    failures.length ? `${failures.length} mismatches (seed ${seed})` : `all ${n} functions agree (seed ${seed})`,
  );
  process.exitCode = failures.length ? 1 : 0;
}
