/**
 * Hostile runtime cases, category "crashes from checkable mistakes": each row would reach C with a
 * bad address (heap corruption, SIGSEGV) unless the runtime refuses it. Each runs in its own process.
 */
import { table, type HostileCase } from '../helpers/hostile.js';

const INTS = "const a = ffi.new('int32_t[4]', [1, 2, 3, 4]);";

const CASES: HostileCase[] = [
  { name: 'a.add(-1) of ffi.new memory', code: `${INTS} a.add(-1);`, error: /outside its memory/ },
  { name: 'a.add(-1) reached through a decayed pointer', code: `${INTS} a.add(2).add(-3);`, error: /outside/ },
  { name: 'p.add(1e6) beyond owned memory', code: `${INTS} a.add(1e6);`, error: /outside its memory/ },
  {
    name: 'p.add(5) of an int[4] (one past the end is fine)',
    code: `${INTS} return a.add(4).add(-4).get(3);`,
    value: 4,
  },
  { name: 'p.add(1.5)', code: `${INTS} a.add(1.5);`, error: /must be an integer/ },
  { name: 'a char[16] field add(17)', code: "const s = ffi.new('struct h_rec *'); s.name.add(17);", error: /outside/ },
  {
    name: 'a C-owned char[16] field add(-1)',
    code: 'lib.h_static().name.add(-1);',
    error: /outside/,
  },
  {
    name: 'ffi.unpack of a char[16] field with a huge length',
    code: 'ffi.unpack(lib.h_static().name, 1 << 30);',
    error: /exceed the 16 bytes/,
  },
  {
    name: 'ffi.buffer of a C-owned char[16] field, 1 MB',
    code: 'ffi.buffer(lib.h_static().name, 1 << 20);',
    error: /exceed the 16 bytes/,
  },
  {
    name: 'memory transferred away with structuredClone, passed to C',
    code: `${INTS} const b = ffi.buffer(a); structuredClone(b.buffer, { transfer: [b.buffer] }); lib.h_sum_ints(a, 4);`,
    error: /released/,
  },
  {
    name: 'a transferred buffer read through a pointer',
    code: `${INTS} const b = ffi.buffer(a); structuredClone(b.buffer, { transfer: [b.buffer] }); return a[0];`,
    error: /released/,
  },
  {
    name: 'a transferred fromBuffer memory passed to C',
    code:
      'const ab = new ArrayBuffer(64); const p = ffi.fromBuffer(ab); structuredClone(ab, { ' +
      'transfer: [ab] }); lib.h_fill(p, 64, 1);',
    error: /released/,
  },
  {
    name: 'a transferred ArrayBuffer passed as void *',
    code: 'const ab = new ArrayBuffer(64); structuredClone(ab, { transfer: [ab] }); lib.h_fill(ab, 64, 1);',
    error: /released/,
  },
  {
    name: 'a transferred Uint8Array passed as void *',
    code: 'const u = new Uint8Array(64); structuredClone(u.buffer, { transfer: [u.buffer] }); lib.h_fill(u, 64, 1);',
    error: /released/,
  },
  {
    name: 'an object shaped like a pointer, same $t',
    code: "const p = ffi.new('int32_t[2]'); lib.h_sum_ints({ $t: p.$t, $a: 16n, $o: undefined }, 2);",
    error: /expected a pointer/,
  },
  {
    name: 'an object shaped like a pointer, to void *',
    code: "const p = ffi.new('int32_t[2]'); lib.h_fill({ $t: p.$t, $a: 16n }, 8, 1);",
    error: /expected a pointer/,
  },
  {
    name: 'an object with a pointer prototype',
    code:
      "const p = ffi.new('int32_t[2]'); const f = Object.setPrototypeOf({ $t: p.$t, $a: 16n }, " +
      'Object.getPrototypeOf(p)); lib.h_sum_ints(f, 2);',
    error: /expected a pointer/,
  },
  {
    name: 'a forged pointer to ffi.string',
    code: "ffi.string({ $t: ffi.new('char[2]').$t, $a: 16n });",
    error: /expected a cdata/,
  },
  {
    name: 'a forged pointer to ffi.memmove',
    code: "const d = ffi.new('char[8]'); ffi.memmove(d, { $t: d.$t, $a: 16n }, 8);",
    error: /must be a cdata or a buffer/,
  },
  {
    name: 'a Buffer to void * after Object.prototype pollution',
    code:
      "Object.prototype.$t = ffi.new('char[1]').$t; Object.prototype.$a = 16n; const b = Buffer.alloc(8);" +
      ' lib.h_fill(b, 8, 7); return [...b];',
    value: [7, 7, 7, 7, 7, 7, 7, 7],
  },
  {
    name: 'a plain object to void * after Object.prototype pollution',
    code: "Object.prototype.$t = ffi.new('char[1]').$t; Object.prototype.$a = 16n; lib.h_fill({}, 8, 7);",
    error: /expected a pointer/,
  },
  {
    name: 'an object to an int parameter after Object.prototype.$scalar pollution',
    code: "Object.prototype.$scalar = 5; const out = ffi.new('int32_t *'); lib.h_out_int(out, {});",
    error: /int/,
  },
  {
    name: 'ffi.cast of a fractional address',
    code: "ffi.cast('int *', 1.5);",
    error: /integer address/,
  },
  {
    name: 'a by-value record from a too-small buffer',
    code: "const b = ffi.fromBuffer(new Uint8Array(4)); lib.h_sum_pair(ffi.cast('struct h_pair *', b));",
    error: /holds 4 bytes.*needs 8/,
  },
  {
    name: 'a by-value record from a too-small ffi.new',
    code: "lib.h_sum_pair(ffi.cast('struct h_pair *', ffi.new('int32_t[1]')));",
    error: /holds 4 bytes/,
  },
  {
    name: 'a by-value record, exact size',
    code: "return lib.h_sum_pair(ffi.new('struct h_pair *', [2, 3]));",
    value: 5,
  },
];

describe('hostile runtime: crashes from checkable mistakes (each case in a child process)', function () {
  table(CASES);
});
