/**
 * Memory and its lifetime: how much a cdata is known to hold, records returned by value, copies,
 * and `ffi.release`. Owners themselves are in owner.cts.
 */
import { native } from './native.cjs';
import { Owner, ROOT } from './owner.cjs';
import type { RtType } from './ctype.cjs';
import { alive, CArray, CTYPE, extent, installView, StructPointer, wrap, type Pointer } from './pointer.cjs';

/**
 * How many bytes a cdata is known to hold from where it points, if known: the bounds model's one
 * answer for every byte helper and copy. The narrower of its array (a `char[16]` field ends where
 * the next field starts) and the memory it belongs to (ffi.new, ffi.fromBuffer, ffi.gc with a size).
 */
export function knownBytes(p: Pointer): number | undefined {
  const hi = extent(p)[1];
  return hi === Infinity ? undefined : Math.max(0, hi - p.$x);
}

/** What a released C-memory struct reads through: every access is out of bounds. */
const RELEASED = new DataView(new ArrayBuffer(0));

/**
 * Frees owned memory now (detaching its ArrayBuffer) or runs its destructor; later use throws, and so
 * does every view made before (their buffers are detached). The pointer is released even when the
 * destructor throws; its error is then rethrown, so it is reported and never swallowed.
 */
export function release(p: Pointer): void {
  const root = (p as unknown as Record<symbol, unknown>)[ROOT];
  if (root === undefined)
    throw new TypeError(
      `ffi.release: cdata '${p[CTYPE]}' owns nothing (only results of ffi.new and ffi.gc can be released)`,
    );
  if (p.$a === undefined) return;
  const o = p.$o;
  if (o) o.released = true;
  p.$a = undefined;
  if (p instanceof StructPointer && !(root instanceof ArrayBuffer)) installView(p, RELEASED);
  if (root instanceof ArrayBuffer) {
    if (root.byteLength > 0) native.$detach(root);
    return;
  }
  // C memory: views read through the owner's own windows (or its sized buffer); detach them first
  if (o?.mem !== undefined && o.mem.byteLength > 0) native.$detach(o.mem);
  o?.windows?.forEach((ab) => native.$detach(ab));
  if (o) o.windows = undefined;
  (root as () => void)();
}

/** A struct or union a C function returned by value (a copy in an ArrayBuffer): an owned view of it. */
export function structResult(t: RtType, ab: ArrayBuffer): Pointer {
  return wrap(t, native.$address(ab), new Owner(ab), 0) as Pointer;
}

/**
 * A copy, in JS-owned memory, of the array or record `p` points to (for `const` globals, which live
 * in read-only memory).
 */
export function snapshot(p: Pointer): Pointer {
  const t = p.$t;
  const ab = new ArrayBuffer(Math.max(t.size, 1));
  const a = native.$address(ab);
  native.$memmove(a, alive(p, 'read'), t.size);
  const o = new Owner(ab);
  return t.kind === 'array' ? new CArray(t.of, a, o, 0, t.length) : (wrap(t, a, o, 0) as Pointer);
}
