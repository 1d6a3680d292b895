#!/usr/bin/env node
/**
 * `npm run fuzz:walker -- [--seconds N | --runs N] [--seed S] [--timeout T] [--corpus DIR] [--small]`:
 * builds native/fuzz/walker.c with the binding's C files (all but addon.c) under clang's libFuzzer with
 * ASan and UBSan, then mutates real headers through it. Seeds: zlib.h, sqlite3.h, a few glibc and Linux
 * UAPI headers and every spec/cases/<case>/input.h (`--small`: the cases and zlib.h). New inputs are kept
 * in native/fuzz/.out/corpus/ (or --corpus), crashes and hangs in native/fuzz/.out/artifacts/.
 * Exits non-zero on any finding. docs/sanitizers.md has the figures of the long runs.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findLibclang, findNodeHeaders } from '../build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
/** Where the harness, the seeds, the kept corpus and the findings go (git-ignored). */
export const outDir = path.join(here, '.out');

const SYSTEM_SEEDS = [
  'zlib.h',
  'sqlite3.h',
  'stdio.h',
  'string.h',
  'signal.h',
  'pthread.h',
  'time.h',
  'linux/input.h',
  'linux/ethtool.h',
  'linux/if_link.h',
  'linux/perf_event.h',
];
const INSTALL = 'apt-get install -y clang-14 libfuzzer-14-dev (or set FUZZ_CC to a clang with libFuzzer)';

/** The clang that links libFuzzer: $FUZZ_CC, clang-14, clang. */
function fuzzCompiler() {
  for (const cc of [process.env.FUZZ_CC, 'clang-14', 'clang'].filter(Boolean)) {
    if (spawnSync(cc, ['--version'], { stdio: 'ignore' }).status === 0) return cc;
  }
  throw new Error(`fuzz:walker: no clang found; ${INSTALL}`);
}

/** Builds the harness unless the one in .out/ was built from the same sources and command. */
export function buildHarness() {
  const cc = fuzzCompiler();
  const libclang = findLibclang();
  const clangDir = path.join(here, '..', 'clang');
  const sources = [
    ...fs
      .readdirSync(clangDir)
      .filter((f) => f.endsWith('.c') && f !== 'addon.c')
      .sort()
      .map((f) => path.join(clangDir, f)),
    path.join(here, 'walker.c'),
  ];
  const harness = path.join(outDir, 'walker');
  const args = [
    ...['-g', '-O1', '-std=c11', '-Wall', '-fsanitize=fuzzer,address,undefined', '-fno-sanitize-recover=all'],
    ...[`-I${findNodeHeaders()}`, `-I${libclang.includeDir}`, ...sources],
    ...[`-L${libclang.libDir}`, libclang.flag, `-Wl,-rpath,${libclang.libDir}`, '-o', harness],
  ];
  const hash = crypto.createHash('sha256').update(cc).update(args.join('\0'));
  for (const f of [...sources, path.join(clangDir, 'cffi-clang.h')]) hash.update(fs.readFileSync(f));
  const stamp = path.join(outDir, 'walker.stamp');
  const digest = hash.digest('hex');
  if (fs.existsSync(harness) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) return harness;
  fs.mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(cc, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    throw new Error(`fuzz:walker: building the harness failed (${INSTALL}):\n${e.stderr || e.message}`);
  }
  fs.writeFileSync(stamp, digest);
  return harness;
}

/** Copies the seed headers into a fresh folder: the cases' input.h files, plus real headers. */
export function prepareSeeds(small = false) {
  const dir = path.join(outDir, small ? 'seeds-small' : 'seeds');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const cases = path.join(root, 'spec', 'cases');
  for (const name of fs.readdirSync(cases).sort()) {
    const input = path.join(cases, name, 'input.h');
    if (fs.existsSync(input)) fs.copyFileSync(input, path.join(dir, `case-${name}.h`));
  }
  for (const header of small ? ['zlib.h'] : SYSTEM_SEEDS) {
    const file = path.join('/usr/include', header);
    if (fs.existsSync(file)) fs.copyFileSync(file, path.join(dir, header.replace(/\//g, '-')));
  }
  return dir;
}

/** The `stat::name: value` lines libFuzzer prints at the end (-print_final_stats=1). */
function finalStats(text) {
  return Object.fromEntries([...text.matchAll(/^stat::(\w+):\s*(\d+)/gm)].map((m) => [m[1], Number(m[2])]));
}

/**
 * Runs the harness. Resolves `{ code, stats, artifacts, cpuSeconds, log }`; `code` 0 means no finding.
 * @param {{ seconds?: number, runs?: number, seed?: number, timeout?: number, corpus?: string,
 *   small?: boolean, quiet?: boolean }} options
 */
export async function fuzzWalker({ seconds, runs, seed = 1, timeout = 10, corpus, small = false, quiet = false }) {
  const harness = buildHarness();
  const seeds = prepareSeeds(small);
  const kept = corpus ?? path.join(outDir, 'corpus');
  const artifacts = path.join(outDir, 'artifacts') + path.sep;
  fs.mkdirSync(kept, { recursive: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const before = new Set(fs.readdirSync(artifacts));
  const args = [
    kept,
    seeds,
    `-seed=${seed}`,
    `-timeout=${timeout}`,
    '-rss_limit_mb=4096',
    '-max_len=1048576',
    `-dict=${path.join(here, 'c.dict')}`,
    `-artifact_prefix=${artifacts}`,
    '-print_final_stats=1',
    ...(runs !== undefined ? [`-runs=${runs}`] : [`-max_total_time=${seconds ?? 60}`]),
  ];
  const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=0', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' };
  delete env.LD_PRELOAD; // the harness links clang's ASan runtime itself; test:asan preloads gcc's
  const child = spawn(harness, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk) => {
    log += chunk;
    if (!quiet) process.stderr.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(signal ?? c)));
  const usage = fs.readFileSync(`/proc/${process.pid}/stat`, 'utf8').split(' '); // children's CPU: cutime, cstime
  const ticks = Number(usage[15]) + Number(usage[16]);
  const found = fs.readdirSync(artifacts).filter((f) => !before.has(f));
  return { code, stats: finalStats(log), artifacts: found.map((f) => artifacts + f), cpuSeconds: ticks / 100, log };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--small') options.small = true;
    else if (['--seconds', '--runs', '--seed', '--timeout'].includes(flag) && /^\d+$/.test(value ?? '')) {
      options[flag.slice(2)] = Number(value);
      i++;
    } else if (flag === '--corpus' && value) {
      options.corpus = path.resolve(value);
      i++;
    } else throw new Error(`fuzz:walker: unknown or incomplete option "${flag}"`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const { stats, artifacts, cpuSeconds, code } = await fuzzWalker(options);
    const corpusSize = fs.readdirSync(options.corpus ?? path.join(outDir, 'corpus')).length;
    console.log(
      `fuzz:walker: ${stats.number_of_executed_units ?? '?'} execs (${stats.average_exec_per_sec ?? '?'}/s), ` +
        `${cpuSeconds.toFixed(0)} CPU s, ${stats.new_units_added ?? '?'} new units, corpus ${corpusSize} files, ` +
        `peak RSS ${stats.peak_rss_mb ?? '?'} MB, exit ${code}, ` +
        `findings: ${artifacts.length ? artifacts.join(' ') : 'none'}`,
    );
    process.exit(code === 0 && artifacts.length === 0 ? 0 : 1);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
