/**
 * Hostile runtime cases, category "leaked internal messages": every error a user can cause is the
 * runtime's own, names the C type, and never quotes the engine ("Cannot perform DataView…") or an
 * internal name ("$view()", "path.split"). The harness rejects those words in every error.
 */
import { table, type HostileCase } from '../helpers/hostile.js';

const CASES: HostileCase[] = [
  {
    name: 'offsetof with a number path',
    code: "ffi.offsetof('struct h_rec', 3);",
    error: /field path must be a string/,
  },
  {
    name: 'offsetof with an unknown field',
    code: "ffi.offsetof('struct h_rec', 'inner.zz');",
    error: /'struct h_inner' has no field 'zz'/,
  },
  {
    name: 'offsetof indexing a non-array',
    code: "ffi.offsetof('struct h_rec', 'tail[1]');",
    error: /'int' is not an array/,
  },
  { name: 'offsetof beyond an array', code: "ffi.offsetof('struct h_rec', 'items[3]');", error: /index 3 is beyond/ },
  { name: 'offsetof of a type with no fields', code: "ffi.offsetof('int', 'x');", error: /'int' has no fields/ },
  {
    name: 'a released ffi.new record field read',
    code: "const s = ffi.new('struct h_pair *'); const t = s; ffi.release(s); return t.x;",
    error: /released/,
  },
  {
    name: 'a released array view element',
    code: "const a = ffi.new('struct h_pair[2]'); const e = a[1]; ffi.release(a); return e.y;",
    error: /released/,
  },
  {
    name: 'a view of transferred memory',
    code:
      "const s = ffi.new('struct h_pair *'); s.x; const b = ffi.buffer(s); " +
      'structuredClone(b.buffer, { transfer: [b.buffer] }); return s.x;',
    error: /released/,
  },
  { name: 'ffi.buffer of NULL', code: "ffi.buffer(ffi.cast('char *', 0) ?? ffi.NULL, 4);", error: /expected a cdata/ },
  {
    name: 'ffi.string of an int pointer with maxlen -1',
    code: "ffi.string(ffi.new('char[4]'), -1);",
    error: /maxlen must be a non-negative integer/,
  },
  { name: 'ffi.sizeof of an opaque-free void', code: "ffi.sizeof('void');", error: /'void' has no size/ },
  { name: 'ffi.new of an unknown type', code: "ffi.new('struct nope *');", error: /unknown C type 'struct nope'/ },
  { name: 'ffi.typeof of a number', code: 'ffi.typeof(5);', error: /expected a cdata or a C type spelling/ },
  { name: 'ffi.cast to a record', code: "ffi.cast('struct h_pair', 1);", error: /cannot cast to 'struct h_pair'/ },
  { name: 'ffi.gc without a destructor', code: 'ffi.gc(lib.h_malloc(1), 5);', error: /destructor must be a function/ },
  { name: 'ffi.gc of NULL', code: "ffi.gc(ffi.cast('void *', 0), lib.h_free);", error: /expected a cdata/ },
  { name: 'ffi.addressof of a bitfield', code: "ffi.addressof(ffi.new('struct h_rec *'), 'mode');", error: /bitfield/ },
  { name: 'p.difference of unrelated types', code: "ffi.new('int[2]').difference(5);", error: /expected a cdata/ },
  {
    name: 'ffi.fromBuffer with a bad type',
    code: "ffi.fromBuffer(new Uint8Array(8), { type: 'int' });",
    error: /no pointer or array type/,
  },
  { name: 'a huge C-memory view', code: "ffi.buffer(ffi.cast('char *', lib.h_static()), 2 ** 40);", error: /./ },
];

describe('hostile runtime: every error is ours and names the C type (each case in a child process)', function () {
  table(CASES);
});
