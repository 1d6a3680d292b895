/**
 * Pointer-valued macros on the real SQLite: `SQLITE_TRANSIENT` is `((sqlite3_destructor_type)-1)`.
 * The client binds a JS string that lives only for the call with it (SQLite must copy it) and reads
 * it back; it is type-checked under tsc --strict against the emitted `.d.ts`, where the macro is a
 * pointer to the destructor's function type and `SQLITE_STATIC` (NULL) is `null`.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const CLIENT = fs.readFileSync(path.join(ROOT, 'spec', 'fixtures', 'sqlite', 'client.ts'), 'utf8');
const ONLY = ['sqlite3_open', 'sqlite3_close', 'sqlite3_prepare_v2', 'sqlite3_bind_text', 'sqlite3_step'];
const MORE = [
  'sqlite3_column_text',
  'sqlite3_finalize',
  'SQLITE_TRANSIENT',
  'SQLITE_STATIC',
  'SQLITE_ROW',
  'SQLITE_OK',
];

describe('sqlite3.h --only ... SQLITE_TRANSIENT -l sqlite3: a pointer-valued macro', function () {
  const dir = scratch('sqlite-macros');

  before(function () {
    const r = cli(['sqlite3.h', '--only', ...ONLY, ...MORE, '-l', 'sqlite3', '-o', './sq'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('types SQLITE_TRANSIENT as a pointer to the destructor type, SQLITE_STATIC as null', function () {
    const dts = fs.readFileSync(path.join(dir, 'sq', 'index.d.ts'), 'utf8');
    // a pointer to the destructor type, callable like every function pointer the module reads
    expect(dts).to.match(
      /readonly "SQLITE_TRANSIENT": \$rt\.FunctionPointer<"void \(void \*\)", \(a1: [^;]*\) => void>;/,
    );
    expect(dts).to.match(/readonly "SQLITE_STATIC": null;/);
  });

  it('binds text with SQLITE_TRANSIENT and reads it back (tsc --strict, then run)', function () {
    fs.writeFileSync(path.join(dir, 'client.mts'), CLIENT);
    const strict = tsc([...TSC_STRICT, 'client.mts'], dir);
    expect(strict.status, strict.stdout).to.equal(0);
    const types = path.join(ROOT, 'node_modules', '@types');
    const opts = ['--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node'];
    const build = tsc([...opts, '--typeRoots', types, 'client.mts'], dir);
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'client.mjs'), 'utf8'), dir, 'client.mjs');
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({ rows: ['transient text'], transient: true, staticNull: null });
  });
});
