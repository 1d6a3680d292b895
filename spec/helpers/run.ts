import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is compiled to dist/spec/helpers/run.js). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Scratch space for the tests, ignored by git. */
export const OUT = path.join(ROOT, 'spec', '.out');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');

/** The result of one child process. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program and waits for it. */
export function run(file: string, args: readonly string[], cwd: string): Run {
  const r = spawnSync(file, args, { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr + (r.error ? String(r.error) : '') };
}

/** Runs a program without blocking, so that several can run side by side. */
export function runAsync(file: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => resolve({ status: null, stdout, stderr: stderr + String(e) }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the real CLI in a child process without blocking. */
export function cliAsync(args: string[], cwd = OUT): Promise<Run> {
  fs.mkdirSync(cwd, { recursive: true });
  return runAsync(process.execPath, [CLI, ...args], cwd);
}

/** Runs the real CLI in a child process. */
export function cli(args: string[], cwd = OUT): Run {
  fs.mkdirSync(cwd, { recursive: true });
  // dump-ir of a whole header is over spawnSync's default 1 MB
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a node script (ESM) in a child process. */
export function node(script: string, cwd: string, file = 'client.mjs'): Run {
  fs.mkdirSync(cwd, { recursive: true });
  fs.writeFileSync(path.join(cwd, file), script);
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** tsc's flags for checking a generated module's typings as a strict ESM client would. */
export const TSC_STRICT = [
  '--strict',
  '--noEmit',
  '--module',
  'nodenext',
  '--target',
  'es2022',
  '--types',
  'node',
  '--typeRoots',
  path.join(ROOT, 'node_modules', '@types'),
];

/** Runs tsc (the project's own) with the given arguments. */
export function tsc(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh empty folder under spec/.out. */
export function scratch(name: string): string {
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
