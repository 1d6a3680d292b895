#!/usr/bin/env node
/**
 * `npm run bench`: builds bench/.build/ (libbench.so, the hand-written addon, the candidate glue),
 * then times every method of every section in ONE round-robin and prints one table per section:
 * medians in ns/op and ratios against the hand-written addon (calls) or a raw DataView (fields).
 *
 * Environment:
 *   BENCH_ROUNDS=n      timed rounds (default 21)
 *   BENCH_MS=ms         target duration of one timed loop (default 8)
 *   BENCH_ONLY=regex    keep methods whose "section/row/col" matches
 *   BENCH_FACTS=0       skip the memory facts printed at the end
 *   BENCH_GENERATED=p   module with { ffi, lib } for the "generated" column (see cases/generated.mjs)
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  // Re-run with gc() exposed; everything else (argv, env, stdio) passes through.
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, self, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

const { build, buildDir } = await import('./lib/build.mjs');
const { runRoundRobin } = await import('./lib/harness.mjs');
const { formatReport, resultsJson } = await import('./lib/report.mjs');
const { memoryFacts } = await import('./lib/memory-facts.mjs');
const { makeEnv } = await import('./lib/env.mjs');

const rounds = Number(process.env.BENCH_ROUNDS ?? 21);
const targetMs = Number(process.env.BENCH_MS ?? 8);
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined;
const log = (s) => process.stderr.write(`[bench] ${s}\n`);

const started = Date.now();
build(log);
const env = makeEnv();

// The sections, in print order. Each module exports `section` (title, reference column, legend)
// and `methods(env)`.
const sections = [
  await import('./cases/calls.mjs'),
  await import('./cases/pointers.mjs'),
  await import('./cases/fields.mjs'),
  await import('./cases/memory.mjs'),
  await import('./cases/elements.mjs'),
  await import('./cases/variadic.mjs'),
];
let methods = sections.flatMap((s) => s.methods(env));

// ═════════════════════════ HOOK: generated ═════════════════════════
// The module cffi-import generates from bench/fixtures/bench.h joins the same round-robin as a
// "generated" column in the calls, pointers, fields and memory tables. Wire the CLI into
// loadGenerated() in cases/generated.mjs; generatedMethods({ ffi, lib }, env) does the rest.
const { loadGenerated, generatedMethods } = await import('./cases/generated.mjs');
const generated = await loadGenerated();
if (generated) {
  log(`generated module: ${generated.label}`);
  methods.push(...generatedMethods(generated, env));
  methods.push(...(await import('./cases/elements.mjs')).moduleMethods(generated));
}
// ═══════════════════════════════════════════════════════════════════

if (only) methods = methods.filter((m) => only.test(`${m.section}/${m.row}/${m.col}`));
log(`${methods.length} methods, ${rounds} rounds, ~${targetMs} ms per timed loop`);
await runRoundRobin(methods, { rounds, targetMs, log });

const meta = {
  date: new Date().toISOString(),
  node: process.version,
  v8: process.versions.v8,
  napi: process.versions.napi,
  cpu: cpus()[0]?.model,
  cpus: cpus().length,
  rounds,
  targetMs,
  generated: generated?.label,
};
console.log(`cffi-import representation benchmarks — Node ${meta.node} (V8 ${meta.v8}), ${meta.cpus}× ${meta.cpu}`);
console.log(`${rounds} rounds, methods interleaved round-robin, medians; ${meta.date}\n`);
console.log(formatReport(sections, methods));

if (process.env.BENCH_FACTS !== '0') {
  console.log('\nMemory facts (this Node):');
  for (const line of await memoryFacts(env.G)) console.log(line);
}

const resultsDir = join(buildDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${meta.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify(resultsJson(methods, meta), null, 1));
log(`samples: ${file}`);
log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
