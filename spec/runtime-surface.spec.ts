/**
 * The `ffi` surface on the hostile test library (spec/hostile/runtime-lib): offsetof paths and
 * bitfields, addressof, typeof objects, wide strings, unpack, buffer, fromBuffer, memmove,
 * sizeof/alignof, cast, listTypes and pointer arithmetic — a table of cases, each in a child
 * process — and the same surface typed, compiled under tsc --strict.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hostileModule, table, type HostileCase } from './helpers/hostile.js';
import { tsc, TSC_STRICT } from './helpers/run.js';

const CASES: HostileCase[] = [
  { name: 'offsetof: a nested path', code: "return ffi.offsetof('struct h_rec', 'items[2].i64');", value: 136 },
  { name: 'offsetof: through a pointer type', code: "return ffi.offsetof('struct h_rec *', 'inner.u32');", value: 36 },
  {
    name: 'offsetof: a bitfield gives its byte, bit and width',
    code: "return ffi.offsetof('struct h_rec', 'mode');",
    value: { offset: 168, bit: 1347, width: 5 },
  },
  {
    name: 'addressof: a field path, live and typed',
    code:
      "const s = ffi.new('struct h_rec *'); const p = ffi.addressof(s, 'inner.i32'); p[0] = 5; " +
      'return [s.inner.i32, ffi.typeof(p).cname];',
    value: [5, 'int *'],
  },
  {
    name: 'addressof: the record itself',
    code: "const s = lib.h_static(); return ffi.addressof(s).equals(s) && ffi.addressof(s, 'name').length;",
    value: 16,
  },
  {
    name: 'typeof: one object per type, spelling or value',
    code:
      "const s = ffi.new('struct h_rec *'); return [ffi.typeof(s) === ffi.typeof('struct h_rec " +
      "*'), ffi.typeof(s).item === ffi.typeof('struct h_rec'), String(ffi.typeof(s))];",
    value: [true, true, 'struct h_rec *'],
  },
  {
    name: 'typeof: fields, kinds, lengths, items',
    code:
      "const t = ffi.typeof('struct h_rec'); const n = t.fields.find((f) => f.name === 'name'); " +
      'return [t.kind, n.type.cname, n.type.kind, n.type.length, n.type.item.cname, ' +
      "t.fields.find((f) => f.name === 'flags').bitWidth];",
    value: ['struct', 'char[16]', 'array', 16, 'char', 3],
  },
  {
    name: 'typeof: enum elements',
    code: "return ffi.typeof('enum h_color').elements;",
    value: { H_RED: 1, H_GREEN: 2, H_BLUE: 4 },
  },
  {
    name: 'string: char16_t, char32_t and wchar_t',
    code:
      'return [ffi.string(lib.h_u16()), ffi.string(lib.h_u32()), ffi.string(lib.h_wide()), ' +
      'ffi.string(lib.h_u16(), 2)];',
    value: ['h\u00e9\u{1f600}', 'h\u00e9\u{1f600}', 'w\u00e9!', 'h\u00e9'],
  },
  {
    name: 'unpack: integers and records (copies)',
    code:
      "const a = ffi.new('int32_t[4]', [1, 2, 3, 4]); const r = ffi.unpack(lib.h_static().items, " +
      '2); r[0].i32 = 8; return [ffi.unpack(a, 4), lib.h_static().items[0].i32, r.length];',
    value: [[1, 2, 3, 4], 0, 2],
  },
  {
    name: 'buffer: a live view, written by C',
    code: "const a = ffi.new('uint8_t[8]'); const b = ffi.buffer(a); lib.h_fill(a, 8, 3); return [...b];",
    value: [3, 3, 3, 3, 3, 3, 3, 3],
  },
  {
    name: 'fromBuffer: typed, with a length, zero-copy',
    code:
      "const u = new Int32Array([5, 6, 7]); const p = ffi.fromBuffer(u, { type: 'int32_t[]' }); " +
      'p[1] = 60; return [p.length, u[1], Number(lib.h_sum_ints(p, 3))];',
    value: [3, 60, 72],
  },
  {
    name: 'fromBuffer: writable false gives C a copy',
    code:
      'const u = new Uint8Array(4); const p = ffi.fromBuffer(u, { writable: false }); ' +
      'lib.h_fill(p, 4, 9); return [...u];',
    value: [0, 0, 0, 0],
  },
  {
    name: 'memmove: between a buffer and a field',
    code:
      "const s = ffi.new('struct h_rec *'); ffi.memmove(s.name, Buffer.from('hey\\0'), 4); " +
      'return ffi.string(s.name);',
    value: 'hey',
  },
  {
    name: 'sizeof and alignof: spellings, type objects, cdata',
    code:
      "const t = ffi.typeof('struct h_inner'); return [ffi.sizeof(t), ffi.alignof(t), " +
      "ffi.sizeof('struct h_rec[2]'), ffi.sizeof(ffi.new('int16_t[5]')), ffi.alignof('int64_t')];",
    value: [32, 8, 352, 10, 8],
  },
  {
    name: 'cast: integers wrap as in C',
    code:
      "return [ffi.cast('uint8_t', 300).value, ffi.cast('int8_t', 200).value, " +
      "ffi.cast('uint32_t', -1).value, ffi.cast('int64_t', 2n ** 63n).value];",
    value: [44, -56, 4294967295, '-9223372036854775808n'],
  },
  {
    name: 'cast: pointer to integer and back, int to enum',
    code:
      "const s = lib.h_static(); const n = ffi.cast('uintptr_t', s).value; const back = " +
      "ffi.cast('struct h_rec *', n); return [n === s.address, n === lib.h_addr(s), back.tail, " +
      "ffi.cast('enum h_color', 4).value, ffi.typeof(ffi.cast('enum h_color', 4)).cname];",
    value: [true, true, 77, 4, 'enum h_color'],
  },
  {
    name: 'listTypes: the module and primitive types',
    code:
      "const l = ffi.listTypes(); return ['struct h_rec', 'h_char16', 'enum h_color', " +
      "'int'].map((n) => l.includes(n));",
    value: [true, true, true, true],
  },
  {
    name: 'pointer arithmetic: add, difference, compare, equals, isNull, address',
    code:
      "const a = ffi.new('int32_t[8]'); const p = a.add(5); return [p.difference(a), " +
      'a.difference(p), p.compare(a), a.compare(p), p.compare(a.add(5)), p.equals(a.add(5)), ' +
      'p.isNull(), p.address - a.address];',
    value: [5, -5, 1, -1, 0, true, false, '20n'],
  },
  {
    name: 'gc with a size: bounds-checked like ffi.new',
    code:
      "const p = ffi.gc(ffi.cast('int32_t *', lib.h_malloc(16)), lib.h_free, 16); p[3] = 1; try " +
      '{ p[4] = 1; } catch (e) { return e.message; }',
    value: "index too large for cdata 'int *' (expected 0 <= index < 4, got 4)",
  },
];

const TYPED = `import { ffi, lib } from './mod/index.js';
import type { BitOffset } from './mod/runtime/api.cjs';
const s = ffi.new('struct h_rec *');
const off: number = ffi.offsetof('struct h_rec', 'items[2].i64');
const bits: BitOffset = ffi.offsetof<BitOffset>('struct h_rec', 'mode');
const t = ffi.typeof(s);
const cname: string = t.cname;
const kind: string = t.kind;
const names: string[] | undefined = t.item?.fields?.map((f) => f.name);
const len: number | undefined = ffi.typeof('int[4]').length;
const elements = ffi.typeof('enum h_color').elements;
const size: number = ffi.sizeof(t) + ffi.alignof(t);
const text: string = ffi.string(lib.h_u16()!);
const buf: Buffer = ffi.buffer(s, 4);
const view = ffi.fromBuffer(new Uint8Array(8), { type: 'uint8_t[]', writable: false });
ffi.memmove(view, buf, 4);
const p = ffi.gc(lib.h_malloc(8)!, lib.h_free, 8);
const d: number = s.name.add(3).difference(s.name);
const c: number = s.name.compare(null);
const z: boolean = s.name.isNull();
const a: bigint = s.name.address;
const types: string[] = ffi.listTypes();
void [off, bits, cname, kind, names, len, elements, size, text, p, d, c, z, a, types];
`;

describe('runtime surface: offsetof, addressof, typeof, string, unpack, buffer, fromBuffer, memmove, cast', () => {
  table(CASES);

  it('types every member under tsc --strict', async function () {
    this.timeout(120000);
    const dir = path.dirname(path.dirname(await hostileModule()));
    fs.writeFileSync(path.join(dir, 'typed.mts'), TYPED);
    const r = tsc([...TSC_STRICT, '--skipLibCheck', 'typed.mts'], dir);
    expect(r.status, r.stdout).to.equal(0);
  });
});
