/**
 * The bounds model: how far a pointer may reach (`extent`), whether its memory is still there
 * (`alive`: not released, its ArrayBuffer not detached or transferred), and the checked view every
 * access goes through (`viewAt`). Every byte helper, argument and view asks these, so one answer
 * holds everywhere: owned memory ends where it ends, an array where its elements end.
 */
import { describe } from './convert.cjs';
import { pointerSpelling, type RtType } from './ctype.cjs';
// a cycle with pointer.cts, harmless: `Pointer` is only read when a function here runs
import { Pointer, type CArray } from './pointer.cjs';
import { opaqueMessage } from './opaque.cjs';
import { cView } from './window.cjs';

/**
 * The bytes `p` may reach, as `$x` offsets `[lo, hi]`: its array's elements when it is one (C: a
 * pointer into an array stays within it or one past its end), within the memory it belongs to when
 * that is known; unbounded for C memory of unknown extent (nothing can check a raw address).
 */
export function extent(p: Pointer): [number, number] {
  let lo = -Infinity;
  let hi = Infinity;
  const o = p.$o;
  if (o?.mem !== undefined) ((lo = 0), (hi = o.end));
  const n = (p as CArray).$n; // undefined on every other pointer (a prototype slot)
  if (n !== undefined) {
    lo = Math.max(lo, p.$x);
    hi = Math.min(hi, p.$x + n * p.$t.size);
  }
  return [lo, hi];
}

/** `T *` spelled. */
export function ptrName(t: RtType): string {
  return pointerSpelling(t);
}

/** The address of a live pointer, or a TypeError after release. */
export function alive(p: Pointer, what: string): bigint {
  const a = p.$a;
  if (a === undefined || (p.$o !== undefined && p.$o.dead)) throw released(p, what);
  return a;
}

/** The error for any use of released memory (or memory whose ArrayBuffer was transferred away). */
export function released(p: Pointer, what: string): TypeError {
  const o = p.$o;
  const how =
    o !== undefined && !o.released && p.$a !== undefined ? ' (its ArrayBuffer was transferred or detached)' : '';
  return new TypeError(`${what}: cdata '${ptrName(p.$t)}' was released${how}`);
}

/**
 * What a generated field accessor throws when its view failed: a view made before `ffi.release`
 * reads a detached buffer, and JS's own message for that ("Cannot perform DataView…") is not ours.
 */
export function fault(p: Pointer, e: unknown): unknown {
  return p.$a === undefined || p.$o?.dead ? released(p, 'field access') : e;
}

/** A DataView over `size` bytes at `off` from where `p` points, within its owner when known. */
export function viewAt(p: Pointer, off: number, size: number): DataView {
  const a = alive(p, 'dereference');
  if (a === 0n) throw new TypeError(`cannot dereference null pointer '${ptrName(p.$t)}'`);
  const mem = p.$o?.mem;
  if (mem !== undefined) {
    const start = p.$x + off;
    const end = p.$o!.end;
    if (start < 0 || start + size > end)
      throw new RangeError(
        `index out of bounds for cdata '${ptrName(p.$t)}' ` +
          `(the memory holds ${end} bytes, access at byte ${start}..${start + size})`,
      );
    return new DataView(mem, start, size);
  }
  return cView(a + BigInt(off), size, p.$o);
}

/** The pointee type of `p` when it can be dereferenced (not void, a function or an opaque record). */
export function dereferenceable(p: Pointer): RtType {
  const t = p.$t;
  if (t.kind === 'void' || t.kind === 'function' || (t.kind === 'record' && t.opaque)) {
    const what = `cdata '${ptrName(t)}' cannot be dereferenced`;
    if (t.kind === 'record') throw new TypeError(opaqueMessage(what, t));
    throw new TypeError(`${what}: '${t.name}' is not an object type`);
  }
  return t;
}

/** CFFI's message, with the index: `index too large for cdata 'int[4]' (expected 0 <= index < 4, got 4)`. */
export function tooLarge(spelling: string, i: number, n: number): RangeError {
  return new RangeError(`index too large for cdata '${spelling}' (expected 0 <= index < ${n}, got ${i})`);
}

/** `p - q` in elements of `p`'s type; a RangeError when the distance is no whole number of them. */
export function difference(p: Pointer, other: unknown): number {
  if (!Pointer.is(other)) throw new TypeError(`difference(): expected a cdata, got ${describe(other)}`);
  const d = alive(p, 'difference()') - alive(other, 'difference()');
  const size = BigInt(p.$t.size || 1);
  if (d % size !== 0n)
    throw new RangeError(`difference(): the addresses are ${d} bytes apart, not a multiple of '${p.$t.name}'`);
  return Number(d / size);
}

/** Orders `p` and `other` (a cdata or null) by address: -1, 0 or 1. */
export function compare(p: Pointer, other: unknown): number {
  const b = other === null ? 0n : Pointer.is(other) ? alive(other, 'compare()') : undefined;
  if (b === undefined) throw new TypeError(`compare(): expected a cdata or null, got ${describe(other)}`);
  const a = alive(p, 'compare()');
  return a < b ? -1 : a > b ? 1 : 0;
}
