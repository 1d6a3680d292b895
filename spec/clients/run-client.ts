/**
 * What every real-client spec does: import whole headers (no --only) into a module, type-check the
 * client (a TypeScript file of spec/fixtures/clients/) under `tsc --strict` against the emitted
 * `.d.ts`, compile it to JavaScript and run it; the client prints one JSON line.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliAsync, node, ROOT, scratch, tsc, TSC_STRICT } from '../helpers/run.js';

/** Imports `args` (headers and flags) into `<scratch>/<module>` and returns the folder; fails on a non-zero exit. */
export async function importModule(name: string, module: string, args: readonly string[]): Promise<string> {
  const dir = scratch(`client-${name}`);
  const r = await cliAsync([...args, '-o', `./${module}`, '-q'], dir);
  expect(r.status, r.stderr).to.equal(0);
  return dir;
}

/** Type-checks `spec/fixtures/clients/<name>.ts` strictly in `dir`, then compiles and runs it: its JSON output. */
export function runClient(dir: string, name: string): unknown {
  const source = fs.readFileSync(path.join(ROOT, 'spec', 'fixtures', 'clients', `${name}.ts`), 'utf8');
  fs.writeFileSync(path.join(dir, 'client.mts'), source);
  const strict = tsc([...TSC_STRICT, 'client.mts'], dir);
  expect(strict.status, strict.stdout).to.equal(0);
  const types = path.join(ROOT, 'node_modules', '@types');
  const opts = ['--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node'];
  const build = tsc([...opts, '--typeRoots', types, 'client.mts'], dir);
  expect(build.status, build.stdout).to.equal(0);
  const r = node(fs.readFileSync(path.join(dir, 'client.mjs'), 'utf8'), dir, 'client.mjs');
  expect(r.stderr).to.equal('');
  return JSON.parse(r.stdout);
}
