/**
 * Where ffi.new's memory comes from and what making a struct view costs: a JS ArrayBuffer
 * (address asked from C once) against C calloc + an external ArrayBuffer, each with an eager or
 * a lazy DataView; and wrapping a `struct point *` that C returned. Every object escapes into an
 * array so the allocation cannot be optimised away; GC work lands inside the timed loops.
 */
import { Ptr, T_point } from '../candidates/pointer.mjs';

export const section = {
  id: 'memory',
  title: "Making objects (ns/object, GC included; ratio vs the row's (ref))",
  refCol: 'js-ab',
  columns: [
    ['hand', 'hand-written alloc(24): napi_create_arraybuffer, no address, no object'],
    ['js-ab', 'new ArrayBuffer(24) alone'],
    ['ptr', 'new Ptr(addr, T): a typed pointer with no field views'],
    ['js-eager', 'JS ArrayBuffer + address from C + struct view with an eager DataView'],
    ['js-lazy', 'JS ArrayBuffer + address from C + struct view, DataView on first access'],
    ['c-eager', 'calloc + external ArrayBuffer (finalizer frees) + address + eager view'],
    ['c-lazy', 'calloc + external ArrayBuffer + address + lazy view'],
    ['slab', 'extra candidate: bump-allocated from a shared 64 KB JS ArrayBuffer (+ BigInt address)'],
    ['eager', 'wrap a C address: external ArrayBuffer over it (napi_create_external_arraybuffer) + DataView'],
    ['lazy', 'wrap a C address: no view until a field is touched'],
    ['generated', 'ffi.new("struct point *") of the generated module'],
  ],
};

/** @param {ReturnType<import('../lib/env.mjs').makeEnv>} env */
export function methods({ H, SV, mem }) {
  const out = [];
  const S = new Array(16).fill(null);
  const add = (row, col, ctx, body, extra = {}) =>
    out.push({ section: 'memory', row, col, ctx: { S, ...ctx }, body, probe: false, ...extra });

  const NEW = "ffi.new('struct point *')";
  add(NEW, 'hand', { F: H.alloc }, 'S[i & 15] = F(24);');
  add(NEW, 'js-ab', {}, 'S[i & 15] = new ArrayBuffer(24);');
  add(NEW, 'js-eager', { F: SV.news.jsEager }, 'S[i & 15] = F();');
  add(NEW, 'js-lazy', { F: SV.news.jsLazy }, 'S[i & 15] = F();');
  add(NEW, 'c-eager', { F: SV.news.cEager }, 'S[i & 15] = F();');
  add(NEW, 'c-lazy', { F: SV.news.cLazy }, 'S[i & 15] = F();');
  add(NEW, 'slab', { F: SV.news.slab }, 'S[i & 15] = F();');

  const WRAP = 'wrap a returned struct point *';
  add(WRAP, 'ptr', { Ptr, T_point, A: mem.aX }, 'S[i & 15] = new Ptr(A, T_point, undefined);', { ref: true });
  add(WRAP, 'eager', { F: SV.wraps.eager, A: mem.aX }, 'S[i & 15] = F(A);');
  add(WRAP, 'lazy', { F: SV.wraps.lazy, A: mem.aX }, 'S[i & 15] = F(A);');

  const WRAPX = 'wrap it + read x once';
  add(
    WRAPX,
    'ptr',
    { Ptr, T_point, A: mem.aX, DV: mem.dvX },
    'S[i & 15] = new Ptr(A, T_point, undefined); acc = (acc + DV.getInt32(0, true)) | 0;',
    { ref: true },
  );
  add(WRAPX, 'eager', { F: SV.wraps.eager, A: mem.aX }, 'const p = F(A); S[i & 15] = p; acc = (acc + p.x) | 0;');
  add(WRAPX, 'lazy', { F: SV.wraps.lazy, A: mem.aX }, 'const p = F(A); S[i & 15] = p; acc = (acc + p.x) | 0;');
  return out;
}
