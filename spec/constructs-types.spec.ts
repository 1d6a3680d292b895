/**
 * The `.d.ts` of the constructs, proven both ways with tsc --strict on a client: `ffi.new`,
 * `ffi.cast` and `ffi.sizeof` take the spellings the module declares (with pointer and array forms)
 * and reject others; enums are literal unions; `_Nonnull` drops `| null`; a record by value takes a
 * view of its type or a plain initialiser, not another record's view. Each `@ts-expect-error` line
 * fails the check if it stops being an error.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, scratch, tsc, TSC_STRICT } from './helpers/run.js';

const HEADER = `#ifndef __clang__
#define _Nonnull
#define _Nullable
#endif
struct ct_rect { int w, h; };
typedef struct ct_rect ct_rect_t;
struct ct_other { int w, h; };
enum ct_color { CT_RED = -1, CT_GREEN = 7, CT_BLUE };
typedef enum { CT_SMALL, CT_LARGE = 8 } ct_size;
int ct_area(struct ct_rect r);
enum ct_color ct_next(enum ct_color c);
ct_size ct_grow(ct_size s);
int *_Nonnull ct_first(int *_Nonnull items);
int *_Nullable ct_maybe(int *items);
`;

const CLIENT = `import { ffi, lib } from './ct/index.js';
import type { enum_ct_color, ct_size } from './ct/index.js';
const c: enum_ct_color = lib.ct_next(lib.CT_RED);
const g: ct_size = lib.ct_grow(lib.CT_SMALL);
const lit: -1 | 7 | 8 = c;
// @ts-expect-error 5 is no constant of enum ct_color
const bad: enum_ct_color = 5;
const r = ffi.new('struct ct_rect *', { w: 1, h: 2 });
const r2 = ffi.new('ct_rect_t *');
const arr = ffi.new('int[4]');
const grid = ffi.new('int[2][3]');
const ptrs = ffi.new('struct ct_rect *[2]');
const pp = ffi.new('ct_rect_t **');
const cc = ffi.new('const char *[1]');
const n: number = ffi.sizeof('struct ct_rect') + ffi.sizeof('ct_rect_t') + ffi.sizeof('int *') + ffi.sizeof(r);
const u = ffi.cast('unsigned long', 5);
const vp = ffi.cast('void *', r);
const fp = ffi.cast('int (*)(int)', null);
const dynamic: string = 'int *';
ffi.new(dynamic);
// @ts-expect-error no such struct
ffi.new('struct nosuch *');
// @ts-expect-error a typo of a known one
ffi.new('struct ct_rec *');
// @ts-expect-error no such typedef
ffi.sizeof('nosuch_t');
// @ts-expect-error no such type behind the array
ffi.new('nosuch_t[4]');
// @ts-expect-error no such type to cast to
ffi.cast('struct nosuch *', null);
const a1: number = lib.ct_area({ w: 2, h: 3 }) + lib.ct_area([2, 3]) + lib.ct_area(r) + lib.ct_area(r2);
// @ts-expect-error another record's view
lib.ct_area(ffi.new('struct ct_other *'));
const first: number = lib.ct_first(arr)[0];
// @ts-expect-error a _Nonnull parameter takes no null
lib.ct_first(null);
const maybe = lib.ct_maybe(null);
// @ts-expect-error a _Nullable result may be null
maybe[0];
void [c, g, lit, bad, grid, ptrs, pp, cc, n, u, vp, fp, a1, first];
`;

describe('constructs in .d.ts (tsc --strict)', function () {
  it('accepts the known spellings, literal enums, nonnull and plain initialisers, and rejects the rest', function () {
    const dir = scratch('constructs-types');
    fs.writeFileSync(path.join(dir, 'ct.h'), HEADER);
    const gen = cli(['./ct.h', '-o', path.join(dir, 'ct'), '--no-build', '-q'], dir);
    expect(gen.status, gen.stderr).to.equal(0);
    fs.writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
    const r = tsc([...TSC_STRICT, 'client.ts'], dir);
    expect(r.stdout + r.stderr).to.equal('');
    expect(r.status).to.equal(0);
  });
});
