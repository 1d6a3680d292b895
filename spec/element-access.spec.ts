/**
 * Element access on a real library and in the types: SQLite's `sqlite3 **` out-parameter read with
 * `pdb[0]` (a typed client compiled under tsc --strict and run), and the index signatures of the
 * runtime's pointer and array types checked against misuse.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, node, ROOT, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const SQLITE_CLIENT = `import { ffi, lib } from './sq/index.js';
const pdb = ffi.new('sqlite3 **');
const rc: number = lib.sqlite3_open(':memory:', pdb);
const db = pdb[0];
if (rc !== lib.SQLITE_OK || db === null) throw new Error('open failed: ' + rc);
const same: boolean = db.equals(pdb.get(0));
const msg: string | null = lib.sqlite3_errmsg(db);
const closed: number = lib.sqlite3_close(db);
console.log(JSON.stringify({ same, msg, closed, type: ffi.typeof(db) }));
// pdb[0] is typed as a pointer to sqlite3 (were it any or number, this directive would be an error)
// @ts-expect-error
const wrong: number = pdb[0];
void wrong;
`;

// Typed uses of [i] on the element-access case's own declarations and on ffi.new arrays.
const TYPED_CLIENT = `import { ffi, lib } from './ea/index.js';
const a = ffi.new('int[4]', [1, 2, 3, 4]);
const x: number = a[0];
a[1] = 5;
const n: number = a.length;
const m = ffi.new('int[2][3]');
const y: number = m[1][2];
m[0][1] = 7;
for (const row of m) for (const v of row) { const z: number = v; void z; }
const big = ffi.new('uint64_t[2]');
const b: bigint = big[0];
big[1] = 5n;
big.set(0, 5);
const t = ffi.new('struct ea_table *');
const c: number = t.cells[1][2];
const px: number = t.pts[1].x;
const name: string | null = t.names[0];
const flag: boolean = t.flags[2];
const r0: number | undefined = t.row?.[0];
const t1: number = t[0].cells[0][0];
const ph = ffi.new('ea_handle **');
lib.ea_open('x', ph);
const h = ph[0];
lib.ea_close(h);
const s = lib.ea_scores[2] + lib.ea_matrix[1][0];
const spread: number[] = [...a];
void [x, n, y, b, c, px, name, flag, r0, t1, s, spread];
`;

describe('element access: sqlite3.h --only, pdb[0] from a sqlite3 ** out-parameter', function () {
  const dir = scratch('element-access-sqlite');

  before(function () {
    const only = ['sqlite3_open', 'sqlite3_close', 'sqlite3_errmsg', 'SQLITE_OK'];
    const r = cli(['sqlite3.h', '--only', ...only, '-l', 'sqlite3', '-o', './sq'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('opens :memory: through pdb[0] and closes it (client compiled under tsc --strict)', function () {
    fs.writeFileSync(path.join(dir, 'client.mts'), SQLITE_CLIENT);
    const build = tsc([...TSC_STRICT.filter((f) => f !== '--noEmit'), '--skipLibCheck', 'client.mts'], dir);
    expect(build.status, build.stdout).to.equal(0);
    const r = node(fs.readFileSync(path.join(dir, 'client.mjs'), 'utf8'), dir, 'client.mjs');
    expect(r.stderr).to.equal('');
    expect(JSON.parse(r.stdout)).to.deep.equal({
      same: true,
      msg: 'not an error',
      closed: 0,
      type: 'struct sqlite3 *',
    });
  });
});

/** Lines that must not type-check, each with the error it must give. */
const MISUSES = [
  ['a string into an int element', "ffi.new('int[4]')[0] = 'x';", /'string' is not assignable to type 'number'/],
  ['an int element read as a string', "const s: string = ffi.new('int[2][3]')[1][2];", /'number' is not/],
  ['a pointer of another type into a pointer element', "ffi.new('ea_handle **')[0] = ffi.new('int *');", /"int"/],
  ['a write to the length', "ffi.new('int[4]').length = 3;", /read-only/],
  ['a string into a double field element', "ffi.new('struct ea_table *').weights[0] = 'x';", /not assignable/],
] as const;

describe('element access: index signatures under tsc --strict', function () {
  const dir = scratch('element-access-types');

  before(function () {
    const input = path.join(ROOT, 'spec', 'cases', 'element-access', 'input.h');
    const r = cli([input, '--no-build', '-o', './ea'], dir);
    expect(r.status, r.stderr).to.equal(0);
  });

  it('types element reads and writes, and rejects each misuse on its own line', function () {
    fs.writeFileSync(path.join(dir, 'typed.mts'), TYPED_CLIENT);
    const header = "import { ffi } from './ea/index.js';";
    fs.writeFileSync(path.join(dir, 'misuse.mts'), [header, ...MISUSES.map(([, line]) => line)].join('\n') + '\n');
    // one tsc run for both files: each costs seconds on a loaded machine
    const r = tsc([...TSC_STRICT, 'typed.mts', 'misuse.mts'], dir);
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    expect(
      errors.filter((l) => l.startsWith('typed.mts')),
      r.stdout,
    ).to.deep.equal([]);
    MISUSES.forEach(([what, , error], k) => {
      const at = errors.filter((l) => l.startsWith(`misuse.mts(${k + 2},`)).join('\n');
      expect(at, `${what}: ${r.stdout}`).to.match(error);
    });
  });
});
