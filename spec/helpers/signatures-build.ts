/**
 * Builds and checks one random-signature module: writes the header and the C library
 * (signatures-c.ts), compiles the library, imports the header with the real CLI, loads the module
 * and calls every function (signatures-check.ts). Shared by spec/signatures.spec.ts (a fixed seed)
 * and bench/fuzz-signatures.mjs (many seeds).
 */
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { header, impl } from './signatures-c.js';
import { checkModel } from './signatures-check.js';
import { generate } from './signatures-model.js';
import { cliAsync, runAsync, scratch } from './run.js';

/** What one batch gave: the mismatches, or the step that failed with its output. */
export interface BatchResult {
  seed: number;
  failures: string[];
}

/** Generates, builds and checks one module of `nRecs` records and `nFns` functions. */
export async function runBatch(seed: number, nRecs: number, nFns: number, name = `fz-${seed}`): Promise<BatchResult> {
  const m = generate(seed, nRecs, nFns);
  const dir = scratch(name);
  fs.writeFileSync(path.join(dir, 'fz.h'), header(m));
  fs.writeFileSync(path.join(dir, 'fz.c'), impl(m, 'fz.h'));
  const lib = path.join(dir, 'libfz.so');
  const cc = await runAsync('cc', ['-shared', '-fPIC', '-O1', '-o', lib, 'fz.c'], dir);
  if (cc.status !== 0) return { seed, failures: [`seed ${seed}: the C library does not compile:\n${cc.stderr}`] };
  const link = ['-L', dir, '-l', 'fz', `--clang-arg=-Wl,-rpath,${dir}`];
  const gen = await cliAsync(['./fz.h', ...link, '-o', path.join(dir, 'mod'), '--name', 'fz', '-q'], dir);
  if (gen.status !== 0) return { seed, failures: [`seed ${seed}: cffi-import failed:\n${gen.stderr}${gen.stdout}`] };
  const require = createRequire(path.join(dir, 'mod', 'index.js'));
  const { ffi, lib: l } = require(path.join(dir, 'mod', 'index.js'));
  return { seed, failures: checkModel(m, ffi, l) };
}
