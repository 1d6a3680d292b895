/**
 * The hostile runtime specs' harness: builds the test library of spec/hostile/runtime-lib once per
 * run, and runs tables of cases against it, each case in a child process of its own (so a crash
 * fails that case, not the suite). A case is a JS body run with `ffi`, `lib` and `gc` in scope; it
 * either returns a JSON-able value or throws, and the table says which.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliAsync, ROOT, runAsync, scratch } from './run.js';

/** One row of a table: the body to run, and what must come out. */
export interface HostileCase {
  /** What the row checks, as the test title. */
  readonly name: string;
  /** An async function body; `ffi`, `lib`, `gc` (a forced full collection) are in scope. */
  readonly code: string;
  /** The error the body must end with: its message must match (and it must be a TypeError or RangeError). */
  readonly error?: RegExp;
  /** The value the body must return (deep-equal, after JSON). */
  readonly value?: unknown;
  /** Extra node flags (`--expose-gc` is always given). */
  readonly flags?: readonly string[];
}

/** Messages that are not ours: JS engine or internal wording leaking to the user. */
const LEAKS =
  /Cannot perform|detached ArrayBuffer|is not a function|Cannot read properties|\$view|\$string|\$memmove|\$a\b/;

const LIB = path.join(ROOT, 'spec', 'hostile', 'runtime-lib');
let built: Promise<string> | undefined;

/** Builds the test library and its module (once per process); resolves to the module's index.js. */
export function hostileModule(): Promise<string> {
  built ??= (async () => {
    const out = scratch('hostile-runtime');
    const so = path.join(out, 'libhostile.so');
    const cc = await runAsync('cc', ['-shared', '-fPIC', '-O1', '-o', so, path.join(LIB, 'hostile.c')], out);
    if (cc.status !== 0) throw new Error(`hostile.c does not compile:\n${cc.stderr}`);
    const header = path.join(LIB, 'hostile.h');
    const gen = await cliAsync(
      [header, '--only', 'h_*', 'H_*', '-L', out, '-l', 'hostile', `--clang-arg=-Wl,-rpath,${out}`, '-o', './mod'],
      out,
    );
    if (gen.status !== 0) throw new Error(`cffi-import failed:\n${gen.stderr}`);
    return path.join(out, 'mod', 'index.js');
  })();
  return built;
}

const RUNNER = `
const [mod, file] = process.argv.slice(2);
const { ffi, lib } = require(mod);
const code = require('node:fs').readFileSync(file, 'utf8');
const gc = () => { globalThis.gc(); globalThis.gc(); };
const body = new (async function () {}).constructor('ffi', 'lib', 'gc', code);
body(ffi, lib, gc).then(
  (value) => process.stdout.write(JSON.stringify({ value: value === undefined ? null : value }, (k, v) =>
    typeof v === 'bigint' ? v.toString() + 'n' : v)),
  (e) => process.stdout.write(JSON.stringify({ error: { name: e && e.name, message: String(e && e.message) } })),
);
`;

/** Runs one case in a child process and checks its outcome. */
export async function runCase(c: HostileCase): Promise<void> {
  const mod = await hostileModule();
  const dir = path.dirname(path.dirname(mod));
  const file = path.join(dir, `case-${c.name.replace(/[^\w]+/g, '-').slice(0, 80)}.js`);
  fs.writeFileSync(file, c.code);
  fs.writeFileSync(path.join(dir, 'runner.cjs'), RUNNER);
  const r = await runAsync(process.execPath, ['--expose-gc', ...(c.flags ?? []), 'runner.cjs', mod, file], dir);
  expect(r.status, `the case crashed or failed (status ${r.status}):\n${r.stderr}`).to.equal(0);
  const got = JSON.parse(r.stdout) as { value?: unknown; error?: { name: string; message: string } };
  if (c.error !== undefined) {
    expect(got.error, `expected an error matching ${c.error}, got the value ${JSON.stringify(got.value)}`).to.not.equal(
      undefined,
    );
    expect(got.error!.message).to.match(c.error);
    expect(got.error!.name).to.be.oneOf(['TypeError', 'RangeError']);
    expect(got.error!.message).to.not.match(LEAKS);
  } else {
    expect(got.error, `unexpected error: ${JSON.stringify(got.error)}`).to.equal(undefined);
    if ('value' in c) expect(got.value).to.deep.equal(JSON.parse(JSON.stringify(c.value ?? null)));
  }
}

/** Declares one `it` per row of `table` under the current `describe`. */
export function table(rows: readonly HostileCase[]): void {
  before(async function () {
    this.timeout(300000);
    await hostileModule();
  });
  for (const c of rows)
    it(c.name, async function () {
      this.timeout(60000);
      await runCase(c);
    });
}
