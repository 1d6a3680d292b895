import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './run.js';

/** Where the golden cases live: one folder per feature. */
export const CASES = path.join(ROOT, 'spec', 'cases');

/** One golden case folder, read. */
export interface Case {
  /** The folder name (`by-value-records`). */
  readonly name: string;
  /** The folder. */
  readonly dir: string;
  /** The module and library name: the folder name as a C identifier (`by_value_records`). */
  readonly module: string;
  /** `cffi-import` arguments from the header's option lines (`--only`, `--exclude`, `-D`). */
  readonly args: readonly string[];
  /** `-D` flags, which the case's `impl.c` is compiled with too. */
  readonly defines: readonly string[];
}

const FLAGS: Record<string, string> = {
  only: '--only',
  exclude: '--exclude',
  define: '-D',
  macro: '--macro',
  signature: '--signature',
  int64: '--int64',
};

/**
 * The options in the header's first lines: `// @only: k_* /^K_/`, `// @exclude: k_secret`,
 * `// @define: LEVEL=3 FAST`, each a space-separated list; `// @macro: int SQUARE(int)`, one
 * signature per line. An unknown option is an error, so a typo
 * cannot silently drop a filter.
 */
export function caseOptions(header: string): { args: string[]; defines: string[] } {
  const args: string[] = [];
  const defines: string[] = [];
  for (const line of header.split('\n')) {
    const m = /^\/\/ @([\w-]+):(.*)$/.exec(line);
    if (m === null) break;
    const flag = FLAGS[m[1]!];
    if (flag === undefined) throw new Error(`unknown case option '@${m[1]}' (known: ${Object.keys(FLAGS).join(', ')})`);
    const values = m[2]!.trim().split(/\s+/).filter(Boolean);
    // a signature holds spaces: the whole line is one `--macro`
    if (flag === '--macro' || flag === '--signature') args.push(flag, m[2]!.trim());
    else if (flag === '-D') {
      defines.push(...values.map((v) => `-D${v}`));
      args.push(...values.map((v) => `-D${v}`));
    } else args.push(flag, ...values);
  }
  return { args, defines };
}

/** Every case folder, sorted. */
export function readCases(): Case[] {
  return fs
    .readdirSync(CASES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(CASES, name);
      const { args, defines } = caseOptions(fs.readFileSync(path.join(dir, 'input.h'), 'utf8'));
      return { name, dir, module: name.replace(/-/g, '_'), args, defines };
    });
}
