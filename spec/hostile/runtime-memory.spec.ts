/**
 * Hostile runtime cases, category "memory in a synchronous loop": a million reads of C-owned memory
 * in one synchronous loop (no event loop turn, so nothing a finalizer would free is freed) must grow
 * RSS by less than 30 MB, measured after a forced collection, in a child process of its own.
 */
import { table, type HostileCase } from '../helpers/hostile.js';

/** `body` read a million times in one loop; returns the RSS growth in MB, rounded, if under 30. */
function loop(body: string): string {
  return `
    const s = lib.h_static();
    let sink = 0;
    for (let i = 0; i < 1000; i++) sink += Number(${body});
    gc();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 1e6; i++) sink += Number(${body});
    gc();
    const grew = (process.memoryUsage().rss - before) / 2 ** 20;
    return grew < 30 ? 'under 30 MB' : 'grew ' + grew.toFixed(0) + ' MB (sink ' + sink + ')';`;
}

const CASES: HostileCase[] = [
  { name: 'a field of a record a C function returns', code: loop('lib.h_static().tail'), value: 'under 30 MB' },
  { name: 'a nested record field of C memory', code: loop('lib.h_static().inner.i32'), value: 'under 30 MB' },
  { name: 'an array member field of C memory', code: loop('lib.h_static().items[2].u16'), value: 'under 30 MB' },
  { name: 'a char[16] field as a string', code: loop('ffi.string(s.name).length'), value: 'under 30 MB' },
  { name: 'element 0 of a C pointer (p[0])', code: loop("ffi.cast('int32_t *', s).get(4)"), value: 'under 30 MB' },
  {
    name: 'an out-pointer read back',
    code: "const out = ffi.new('struct h_rec **'); lib.h_out_rec(out);" + loop('out[0].tail'),
    value: 'under 30 MB',
  },
];

describe('hostile runtime: memory in a synchronous loop (each case in a child process)', function () {
  table(CASES);
});
