import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fail } from '../diagnostics/index.js';

const run = promisify(execFile);

/**
 * The C compiler as toolchain.mjs's compilerCommand() gives it: `cc` plus the arguments `$CC`
 * carried.
 */
export interface Compiler {
  readonly cc: string;
  readonly args: readonly string[];
}

/**
 * Runs the compiler (or the linker through it) and returns its output. A failure becomes the
 * diagnostic that tells the user what to do: no compiler (CI022) or a missing `-l` library (CI009), an
 * undefined reference (CI004), anything else with the compiler's first 30 lines (CI005, naming
 * `source`).
 */
export async function runCompiler(
  compiler: Compiler,
  args: readonly string[],
  source: string,
): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(compiler.cc, [...compiler.args, ...args], { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string | number };
    if (err.code === 'ENOENT') fail('CI022', { cc: compiler.cc });
    const output = String(err.stderr ?? e);
    const missingLib = /cannot find -l([\w.+-]+)/.exec(output);
    if (missingLib) fail('CI009', { library: missingLib[1]! });
    const undefinedRefs = [...output.matchAll(/undefined reference to `([^']+)'/g)].map((m) => m[1]!);
    if (undefinedRefs.length) fail('CI004', { symbol: [...new Set(undefinedRefs)].sort().join("', '") });
    fail('CI005', { file: source, output: output.split('\n').slice(0, 30).join('\n') });
  }
}
