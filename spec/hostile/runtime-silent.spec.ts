/**
 * Hostile runtime cases, category "silent wrong results": byte helpers that overrun a `char[N]`
 * field, assignments that fail half-way, by-value copies from short memory, and lifetimes (derived
 * pointers, release, ffi.gc). Each row runs in its own process.
 */
import { table, type HostileCase } from '../helpers/hostile.js';

/** A record whose char[16] field is full (no NUL) and followed by `tail`. */
const FULL = "const s = ffi.new('struct h_rec *'); s.name = Buffer.alloc(16, 0x41); s.tail = 0x42424242;";
const REC = "const s = ffi.new('struct h_rec *', { name: 'abc', tail: 7, inner: { i8: 1, u64: 5n } });";

const CASES: HostileCase[] = [
  {
    name: 'ffi.string of a full char[16] field stops at 16',
    code: `${FULL} return ffi.string(s.name);`,
    value: 'A'.repeat(16),
  },
  {
    name: 'ffi.string of a full C-owned char[16] field stops at 16',
    code: 'const s = lib.h_static(); ffi.memmove(s.name, Buffer.alloc(16, 0x41), 16); return ffi.string(s.name);',
    value: 'A'.repeat(16),
  },
  { name: 'ffi.string maxlen beyond the field', code: `${FULL} return ffi.string(s.name, 100).length;`, value: 16 },
  {
    name: 'ffi.unpack of 20 bytes of a char[16] field',
    code: `${FULL} ffi.unpack(s.name, 20);`,
    error: /exceed the 16 bytes/,
  },
  {
    name: 'ffi.buffer of 17 bytes of a char[16] field',
    code: `${FULL} ffi.buffer(s.name, 17);`,
    error: /exceed the 16/,
  },
  {
    name: 'ffi.memmove of 20 bytes into a char[16] field',
    code: `${FULL} try { ffi.memmove(s.name, Buffer.alloc(20, 1), 20); } catch (e) { return [e.message, s.tail]; }`,
    value: ["ffi.memmove dst: 20 bytes exceed the 16 bytes of cdata 'char[16]'", 0x42424242],
  },
  {
    name: 'ffi.memmove of 20 bytes out of a char[16] field',
    code: `${FULL} ffi.memmove(Buffer.alloc(20), s.name, 20);`,
    error: /src: 20 bytes exceed the 16/,
  },
  {
    name: 'a too long string leaves the field unchanged',
    code: `${REC} try { s.name = 'x'.repeat(16); } catch (e) { return [e.message, ffi.string(s.name), s.tail]; }`,
    value: ["h_rec.name: initializer string too long for 'char[16]' (17 bytes with its NUL)", 'abc', 7],
  },
  {
    name: 'a wrong type leaves an int field unchanged',
    code: `${REC} try { s.tail = 'x'; } catch (e) { return [e.message, s.tail]; }`,
    value: ['h_rec.tail: expected an integer for C type \'int\', got string "x"', 7],
  },
  {
    name: 'an out-of-range value in a nested initialiser leaves the record unchanged',
    code: `${REC} try { s.inner = { i8: 2, u8: 300 }; } catch (e) { return [e.message, s.inner.i8, s.inner.u64]; }`,
    value: ["h_inner.u8: integer 300 does not fit 'unsigned char' (0..255)", 1, '5n'],
  },
  {
    name: 'an unknown field in an initialiser leaves the record unchanged',
    code: `${REC} try { s.inner = { i8: 3, nope: 1 }; } catch (e) { return [e.message, s.inner.i8]; }`,
    value: ["h_rec.inner: 'struct h_inner' has no field 'nope'", 1],
  },
  {
    name: 'a failed array element initialiser leaves the array unchanged',
    code:
      `${REC} s.items = [{ i32: 1 }, { i32: 2 }]; try { s.items = [{ i32: 9 }, { i32: 'x' }]; }` +
      ' catch (e) { return [s.items[0].i32, s.items[1].i32]; }',
    value: [1, 2],
  },
  {
    name: 'a failed assignment to C-owned memory leaves it unchanged',
    code:
      'const s = lib.h_static(); try { s.inner = { i16: 1, i32: 2 ** 40 }; } catch (e) { return ' +
      '[s.inner.i16, lib.h_static_tail()]; }',
    value: [0, 77],
  },
  {
    name: 'a record copied from a too-small buffer',
    code: "const s = ffi.new('struct h_pair *'); s[0] = ffi.cast('struct h_pair *', ffi.new('int32_t[1]'));",
    error: /holds 4 bytes, 'struct h_pair' needs 8/,
  },
  {
    name: 'field views of ffi.new memory keep it alive',
    code:
      "const inner = (() => ffi.new('struct h_rec *', { inner: { i32: 41 } }).inner)(); gc();" +
      " for (let i = 0; i < 50; i++) ffi.new('struct h_rec[64]'); gc(); return inner.i32;",
    value: 41,
  },
  {
    name: 'ffi.gc memory lives while a field view does',
    code:
      "const v = (() => ffi.gc(ffi.cast('struct h_rec *', lib.h_malloc(ffi.sizeof('struct h_rec')))," +
      ' lib.h_free).inner)();' +
      ' v.i32 = 5; for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => ' +
      'setImmediate(r)); } return [lib.h_freed(), v.i32];',
    value: [0, 5],
  },
  {
    name: 'ffi.gc memory lives while an add() pointer does',
    code:
      "const q = (() => ffi.gc(ffi.cast('int32_t *', lib.h_malloc(64)), lib.h_free, 64).add(3))(); q[0] = 9;" +
      ' for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => setImmediate(r)); } return [lib.h_freed(), q[0]];',
    value: [0, 9],
  },
  {
    name: 'ffi.gc memory lives while an array member view does',
    code:
      "const m = (() => ffi.gc(ffi.cast('struct h_rec *', lib.h_malloc(ffi.sizeof('struct h_rec')))," +
      ' lib.h_free).items[2])();' +
      ' m.u16 = 6; for (let i = 0; i < 3; i++) { gc(); await new Promise((r) => ' +
      'setImmediate(r)); } return [lib.h_freed(), m.u16];',
    value: [0, 6],
  },
  {
    name: 'ffi.gc destructor runs once every derived pointer is gone',
    code:
      "(() => ffi.gc(ffi.cast('struct h_rec *', lib.h_malloc(200)), lib.h_free).inner)();" +
      ' for (let i = 0; i < 5 && lib.h_freed() === 0; i++) { gc(); await new Promise((r) => ' +
      'setImmediate(r)); } return lib.h_freed();',
    value: 1,
  },
  {
    name: 'ffi.gc on a void * from malloc',
    code: 'const p = ffi.gc(lib.h_malloc(8), lib.h_free); ffi.release(p); return lib.h_freed();',
    value: 1,
  },
  {
    name: 'a field view made before ffi.release (ffi.new)',
    code: "const s = ffi.new('struct h_rec *'); const v = s.inner; ffi.release(s); return v.i32;",
    error: /released/,
  },
  {
    name: 'a field view made before ffi.release (ffi.gc)',
    code:
      "const s = ffi.gc(ffi.cast('struct h_rec *', lib.h_malloc(200)), lib.h_free); const v = " +
      's.inner; v.i32; ffi.release(s); return v.i32;',
    error: /released/,
  },
  {
    name: 'an element view made before ffi.release (ffi.gc, sized)',
    code:
      "const s = ffi.gc(ffi.cast('int32_t *', lib.h_malloc(64)), lib.h_free, 64); const b = " +
      'ffi.buffer(s, 8); ffi.release(s); return b.length;',
    value: 0,
  },
  {
    name: 'a throwing ffi.gc destructor still releases',
    code:
      "const p = ffi.gc(lib.h_malloc(8), (q) => { lib.h_free(q); throw new TypeError('boom'); });" +
      ' let msg; try { ffi.release(p); } catch (e) { msg = e.message; } try { lib.h_fill(p, 1, ' +
      '0); } catch (e) { return [msg, e.message, lib.h_freed()]; }',
    value: ['boom', "h_fill(): argument 'p': cdata 'void *' was released", 1],
  },
];

describe('hostile runtime: silent wrong results (each case in a child process)', function () {
  table(CASES);
});
