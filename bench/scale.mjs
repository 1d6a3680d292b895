#!/usr/bin/env node
/**
 * `npm run scale`: whole libraries side by side — dump-ir, the parse floor (libclang's parse and
 * walk alone, in C), bindgen when installed, cold and unchanged generate+build, load to the first
 * call, and `tsc --strict` on a one-line client against the same client without the import.
 * Medians of SCALE_RUNS runs (default 3; cold builds run once each: they are the slow part),
 * ratios against the targets of docs/scale.md, written there with the machine and versions.
 *
 * Environment: SCALE_ONLY=regex (headers to run), SCALE_RUNS=n, SCALE_OUT=file (default docs/scale.md).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIBRARIES, TARGETS } from './scale-libraries.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const WORK = path.join(ROOT, 'bench', '.build', 'scale');
const RUNS = Number(process.env.SCALE_RUNS ?? 3);
const only = process.env.SCALE_ONLY ? new RegExp(process.env.SCALE_ONLY) : undefined;
const log = (s) => process.stderr.write(`[scale] ${s}\n`);
fs.mkdirSync(WORK, { recursive: true });

/** Seconds one run of `file args` takes (it must succeed). */
function timed(file, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(file, args, { cwd: WORK, maxBuffer: 1 << 30, ...opts });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed:\n${String(r.stderr).slice(0, 2000)}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeat = (n, f) => median(Array.from({ length: n }, f));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** libclang's parse and walk of the same translation unit, in C, nothing decoded (a child, for a clean heap). */
function parseFloor(lib) {
  const script = `
    import { rawBinding } from ${JSON.stringify(path.join(ROOT, 'native', 'index.js'))};
    import { resolveConfig } from ${JSON.stringify(path.join(ROOT, 'dist', 'src', 'index.js'))};
    import { clangArgs } from ${JSON.stringify(path.join(ROOT, 'dist', 'src', 'parse', 'index.js'))};
    const config = resolveConfig({ headers: [${JSON.stringify(lib.header)}], ...${JSON.stringify(lib.options)} });
    const file = ${JSON.stringify(path.join(WORK, '__floor__.c'))};
    const b = rawBinding();
    const opts = { file, args: clangArgs(config), unsaved: [{ file, contents: '#include <${lib.header}>\\n' }] };
    b.parse(opts);
    const t = process.hrtime.bigint();
    b.parse(opts);
    console.log(Number(process.hrtime.bigint() - t) / 1e9);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: WORK, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

/** Milliseconds from `require` of the module to the end of its first call (a child node). */
function loadMs(out, first) {
  const script = `const t = process.hrtime.bigint(); const { ffi, lib } = require(${JSON.stringify(out)});
    (${first})(lib, ffi); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  return Number(execFileSync(process.execPath, ['-e', script], { cwd: WORK, encoding: 'utf8' }).trim());
}

/** tsc --strict seconds on a one-line client of the module, and on the same line without the import. */
function tscSeconds(lib, out) {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const flags = ['--strict', '--noEmit', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'false'];
  const dir = path.join(WORK, `client-${lib.name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'with.ts'), `import { lib } from '${out}/index.js';\nexport const v = lib;\n`);
  fs.writeFileSync(path.join(dir, 'without.ts'), `export const v = 1;\n`);
  const one = (f) => repeat(RUNS, () => timed(process.execPath, [tsc, ...flags, path.join(dir, f)]));
  return { with: one('with.ts'), without: one('without.ts') };
}

const rows = [];
for (const lib of LIBRARIES) {
  if (only && !only.test(lib.header)) continue;
  const args = [lib.header, ...lib.args];
  const out = path.join(WORK, lib.name);
  log(`${lib.header}: dump-ir`);
  const dumpIr = repeat(RUNS, () => timed(process.execPath, [CLI, 'dump-ir', ...args], { stdio: 'ignore' }));
  const floor = repeat(RUNS, () => parseFloor(lib));
  const bindgen = has('bindgen')
    ? repeat(RUNS, () => timed('bindgen', [lib.path, '-o', '/dev/null', '--', ...lib.clang]))
    : undefined;
  log(`${lib.header}: cold generate+build`);
  fs.rmSync(out, { recursive: true, force: true });
  const { wall: cold, cpu } = timedCpu(process.execPath, [CLI, ...args, '-o', out, '-q']);
  const warm = repeat(RUNS, () => timed(process.execPath, [CLI, ...args, '-o', out, '-q']));
  const load = repeat(RUNS, () => loadMs(out, lib.first));
  const types = tscSeconds(lib, out);
  rows.push({ lib, dumpIr, floor, bindgen, cold, cpu, warm, load, types });
  log(`${lib.header}: ${JSON.stringify(rows.at(-1), (k, v) => (k === 'lib' ? undefined : v))}`);
}

/** Wall and CPU (user + system, children included) seconds of one run, by GNU time. */
function timedCpu(file, args) {
  const report = path.join(WORK, 'time.txt');
  timed('/usr/bin/time', ['-f', '%e %U %S', '-o', report, file, ...args]);
  const [wall, user, sys] = fs.readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys };
}

const doc = render(rows);
const file = process.env.SCALE_OUT ?? path.join(ROOT, 'docs', 'scale.md');
fs.writeFileSync(file, doc);
process.stdout.write(doc);
log(`wrote ${file}`);

function render(rows) {
  const f = (s) => (s === undefined ? '—' : s >= 10 ? `${s.toFixed(1)} s` : `${s.toFixed(2)} s`);
  const x = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
  const lines = [
    '| header | dump-ir | floor | bindgen | ÷ bindgen | ÷ floor | cold (CPU×) | unchanged | load | tsc× |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.lib.label} | ${f(r.dumpIr)} | ${f(r.floor)} | ${f(r.bindgen)} | ${x(r.dumpIr, r.bindgen)} | ` +
        `${x(r.dumpIr, r.floor)} | ${f(r.cold)} (${(r.cpu / r.cold).toFixed(2)}) | ` +
        `${f(r.warm)} (${((r.warm / r.cold) * 100).toFixed(0)}%) | ${r.load.toFixed(0)} ms | ` +
        `${x(r.types.with, r.types.without)} |`,
    ),
  ];
  const gcc = spawnSync('cc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  const bindgen = spawnSync('sh', ['-c', 'bindgen --version 2>/dev/null'], { encoding: 'utf8' }).stdout.trim();
  const machine = [
    `- ${os.cpus()[0]?.model} × ${os.availableParallelism()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `- load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `- node ${process.versions.node}; ${gcc}; ${bindgen || 'bindgen not installed'}`,
  ].join('\n');
  return TARGETS.replace('{{machine}}', machine)
    .replace('{{date}}', new Date().toISOString())
    .replace('{{runs}}', String(RUNS))
    .replace('{{table}}', lines.join('\n'));
}
