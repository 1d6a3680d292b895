import { spawnSync } from 'node:child_process';
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

/** Runs the real CLI in a child process. */
export function cli(args: string[], cwd = OUT): Run {
  fs.mkdirSync(cwd, { recursive: true });
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a node script (ESM) in a child process. */
export function node(script: string, cwd: string, file = 'client.mjs'): Run {
  fs.mkdirSync(cwd, { recursive: true });
  fs.writeFileSync(path.join(cwd, file), script);
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
