/**
 * The hostile specs' runner: every case runs in child processes with a time limit, so that a
 * crash or a hang fails that case alone, never the suite; plus what the cases check on every
 * generated module (it parses as JS and as TypeScript, nothing ran).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, TSC_STRICT, type Run } from '../helpers/run.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Per child process: a hang is a failure after this long, not a stalled suite. */
export const CASE_TIMEOUT_MS = 90_000;

/** Runs a program with a time limit; a signal or a timeout shows in `stderr`. */
export function runLimited(file: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Run {
  const r = spawnSync(file, args, {
    cwd,
    encoding: 'utf8',
    timeout: CASE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const extra = r.error ? `\n[${String(r.error)}]` : r.signal ? `\n[killed by ${r.signal}]` : '';
  return { status: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + extra };
}

/** The real CLI in a child process, with a time limit. */
export function cliLimited(args: readonly string[], cwd: string): Run {
  return runLimited(process.execPath, [CLI, ...args], cwd);
}

/** A node ESM script in a child process, with a time limit; LD_LIBRARY_PATH finds the case's library. */
export function nodeLimited(script: string, cwd: string): Run {
  const file = path.join(cwd, `client-${process.hrtime.bigint()}.mjs`);
  fs.writeFileSync(file, script);
  return runLimited(process.execPath, [file], cwd, { ...process.env, LD_LIBRARY_PATH: cwd });
}

/** `tsc --strict` over a generated module's `index.d.ts`, with a time limit. */
export function tscStrict(dir: string): Run {
  return runLimited(process.execPath, [TSC, ...TSC_STRICT, path.join(dir, 'index.d.ts')], dir);
}

/** `node --check` of a generated `index.js`: it must parse whatever the header held. */
export function jsParses(dir: string): Run {
  return runLimited(process.execPath, ['--check', path.join(dir, 'index.js')], dir);
}

/** A message a user can act on: no stack trace, no internal error. */
export function isCleanError(stderr: string): boolean {
  return !/^\s+at .+:\d+:\d+\)?$/m.test(stderr) && !/internal error/.test(stderr);
}

/** Every file under `dir` with its content (symbolic links as their target), to prove nothing was touched. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else out[rel] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Builds a case's small C library `lib<name>.so` in `dir` from `impl`. */
export function buildLibrary(dir: string, name: string, header: string, impl: string): Run {
  const c = path.join(dir, `${name}-impl.c`);
  fs.writeFileSync(c, `#include ${JSON.stringify(header)}\n${impl}\n`);
  return runLimited('cc', ['-shared', '-fPIC', '-w', '-o', path.join(dir, `lib${name}.so`), c], dir);
}
