/**
 * The content-hash cache of a module build: a stamp file in the output folder records the hash of
 * everything the `.node` is made from (the compiler command, the flags, the tool's version, the
 * C source and the runtime header) and what the check link found missing, so an unchanged run
 * reuses the module and repeats its warnings without running the compiler.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { VERSION } from '../paths.js';

const STAMP = '.cffi-build-hash';

/** What a module's bytes depend on. */
export interface BuildInputs {
  /** the compiler command and its own arguments (`$CC`) */
  readonly compiler: readonly string[];
  readonly compileFlags: readonly string[];
  readonly linkFlags: readonly string[];
  /** the files compiled or included: `<name>.c`, `cffi.h` and its sibling headers */
  readonly files: readonly string[];
}

/** What the stamp of a finished build holds. */
export interface BuildStamp {
  readonly hash: string;
  /** library symbols the check link found undefined (CI021) */
  readonly missing: readonly string[];
}

/** The hash of a build's inputs (sha256, hex). */
export function buildHash(inputs: BuildInputs): string {
  const hash = crypto
    .createHash('sha256')
    .update(inputs.compiler.join(' '))
    .update('\0')
    .update([...inputs.compileFlags, ...inputs.linkFlags, VERSION].join('\0'));
  for (const file of inputs.files) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

/** The stamp of the last build in `out` when it was made from inputs with this `hash` and `output` exists. */
export function cachedBuild(out: string, hash: string, output: string): BuildStamp | undefined {
  const stamp = readStamp(path.join(out, STAMP));
  return stamp?.hash === hash && fs.existsSync(output) ? stamp : undefined;
}

/** Records a finished build in `out`. */
export function recordBuild(out: string, stamp: BuildStamp): void {
  fs.writeFileSync(path.join(out, STAMP), JSON.stringify(stamp) + '\n');
}

function readStamp(file: string): BuildStamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildStamp;
  } catch {
    return undefined;
  }
}
