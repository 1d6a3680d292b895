#!/usr/bin/env node
/**
 * `npm run fuzz:runtime -- [--n N] [--seed S] [--batch B]`: the runtime's argument conversion against
 * random JS values. Builds spec/fuzz/runtime/echo.c into a library, generates and builds its module with
 * the real CLI (under $CFFI_IMPORT_SANITIZE when it is set), then runs N calls in batches of B, each batch
 * in a child process (batch.mjs) with its own seed, so that a crash loses one batch and prints the command
 * that replays it. Exits non-zero on a crash or on any finding that is not a known hole (values.mjs).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KNOWN_HOLES } from './values.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const BATCH = path.join(here, 'batch.mjs');

/** Builds libecho.so and the `echo` module in `out` (the CLI's build cache makes a rebuild cheap). */
export function buildEchoModule(out = path.join(root, 'spec', '.out', 'fuzz-runtime')) {
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(here, 'echo.h'), path.join(out, 'echo.h'));
  execFileSync('cc', ['-shared', '-fPIC', '-O1', '-o', path.join(out, 'libecho.so'), path.join(here, 'echo.c')]);
  const cli = path.join(root, 'dist', 'cli', 'main.js');
  const args = ['./echo.h', '-L', out, '-l', 'echo', `--clang-arg=-Wl,-rpath,${out}`, '-o', 'mod', '--name', 'echo'];
  execFileSync(process.execPath, [cli, ...args], { cwd: out, stdio: ['ignore', 'pipe', 'pipe'] });
  return path.join(out, 'mod');
}

/** The seed of batch `k` of a run seeded `seed` (distinct, and the same on every machine). */
export const batchSeed = (seed, k) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + k * 0x632be5ab) >>> 0;

function runBatch(mod, seed, calls) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BATCH, mod, String(seed), String(calls)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => {
      let report;
      try {
        report = JSON.parse(stdout.trim().split('\n').pop() ?? '');
      } catch {
        report = undefined; // it died before its report: a crash
      }
      resolve({ code, signal, report, stderr });
    });
  });
}

/**
 * Runs `n` calls. Resolves `{ totals, crashes, findings }`: crashes are `{ seed, replay, how }`.
 * @param {{ n?: number, seed?: number, batch?: number, mod?: string, log?: (line: string) => void }} options
 */
export async function fuzzRuntime({ n = 10000, seed = 1, batch = 2000, mod, log = () => {} }) {
  const dir = mod ?? buildEchoModule();
  const totals = { calls: 0, echoed: 0, rejected: 0, either: 0, known: 0 };
  const crashes = [];
  const findings = [];
  for (let k = 0, done = 0; done < n; k++, done += batch) {
    const s = batchSeed(seed, k);
    const calls = Math.min(batch, n - done);
    const { code, signal, report, stderr } = await runBatch(dir, s, calls);
    const replay = `node ${path.relative(process.cwd(), BATCH)} ${dir} ${s} ${calls}`;
    if (!report) {
      crashes.push({
        seed: s,
        replay,
        how: `${signal ?? `exit ${code}`}: ${stderr.trim().split('\n').slice(-8).join('\n')}`,
      });
      log(`batch ${k} (seed ${s}) CRASHED (${signal ?? code}); replay: ${replay}`);
      continue;
    }
    for (const key of Object.keys(totals)) totals[key] += report[key];
    findings.push(...report.findings.map((f) => `${f}  [replay: ${replay}]`));
    if (report.more) findings.push(`… and ${report.more} more in batch seed ${s}`);
    log(`batch ${k} (seed ${s}): ${JSON.stringify({ ...report, findings: report.findings.length })}`);
  }
  return { totals, crashes, findings };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!['--n', '--seed', '--batch'].includes(flag) || !/^\d+$/.test(value ?? ''))
      throw new Error(`fuzz:runtime: unknown or incomplete option "${flag}" (--n N --seed S --batch B)`);
    options[flag.slice(2)] = Number(value);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const started = Date.now();
    const { totals, crashes, findings } = await fuzzRuntime({ ...parseArgs(process.argv.slice(2)), log: console.log });
    for (const f of findings) console.log(`FINDING ${f}`);
    for (const c of crashes) console.log(`CRASH seed ${c.seed}: ${c.how}\n  replay: ${c.replay}`);
    const known = KNOWN_HOLES.map((h) => h.name).join('; ');
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `fuzz:runtime: ${totals.calls} calls in ${seconds} s: ${totals.echoed} echoed, ${totals.rejected} rejected, ` +
        `${totals.either} either; ${crashes.length} crashes, ${findings.length} findings; ` +
        `${totals.known} calls skipped for known holes (${known})`,
    );
    process.exit(crashes.length || findings.length ? 1 : 0);
  } catch (e) {
    console.error(e.stderr ? `${e.message}\n${e.stderr}` : e.message);
    process.exit(2);
  }
}
