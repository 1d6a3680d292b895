/**
 * Argument checks on the way into C: which JS values a pointer parameter (or pointer field)
 * accepts, with TypeErrors that name the place and both types. The C side (cffi-bytes.h) converts
 * what these let through.
 */
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { alive, CTYPE, Pointer, ptrName } from './pointer.cjs';
import { heldCallback } from './callback.cjs';
import { knownBytes } from './memory.cjs';

/** Whether a pointer to `from` may go where a pointer to `to` is expected (same type, or void on either side). */
function compatible(from: RtType, to: RtType): boolean {
  return from === to || from.kind === 'void' || to.kind === 'void';
}

/**
 * The address to pass for a `to *` argument or field: a pointer of a compatible type, or null.
 * Anything else is a TypeError that names the place and both types.
 */
export function pointerIn(v: unknown, to: RtType, where: string): bigint {
  // Fast path, the shape of every call with the right pointer: one type compare and the brand check.
  if (v != null && ((v as Pointer).$t === to || to.kind === 'void') && Pointer.is(v)) {
    const a = v.$a;
    const o = v.$o;
    if (a !== undefined && (o === undefined || !o.dead)) return a;
  }
  return pointerInChecked(v, to, where);
}

function pointerInChecked(v: unknown, to: RtType, where: string): bigint {
  if (Pointer.is(v)) {
    if (!compatible(v.$t, to)) throw new TypeError(`${where}: expected '${ptrName(to)}', got cdata '${v[CTYPE]}'`);
    return alive(v, where);
  }
  if (v === null) return 0n;
  // a JS function stored as a function pointer (a field): a callback that lives as long as the function
  if (typeof v === 'function' && to.kind === 'function') return heldCallback(v as () => unknown, to, where);
  throw new TypeError(
    `${where}: expected a pointer '${ptrName(to)}' (from ffi.new, ffi.cast or a C function) or null, ` +
      `got ${describe(v)}`,
  );
}

/**
 * For `char *`, `unsigned char *` and `void *` arguments: also a string (UTF-8, NUL-terminated,
 * valid for the call) or a Buffer/TypedArray/DataView/ArrayBuffer (zero-copy). The C side
 * converts these; a pointer becomes its address.
 */
export function bytesIn(v: unknown, to: RtType, where: string): unknown {
  if (typeof v === 'string') return v;
  if (ArrayBuffer.isView(v)) return liveBytes(v, v.buffer, where, to);
  if (v instanceof ArrayBuffer) return liveBytes(v, v, where, to);
  return pointerIn(v, to, where);
}

/** `bytesIn` for `char *` / `unsigned char *`, where a Buffer is the likelier argument: tested first. */
export function bufferIn(v: unknown, to: RtType, where: string): unknown {
  if (ArrayBuffer.isView(v)) return liveBytes(v, v.buffer, where, to);
  if (typeof v === 'string') return v;
  return bytesIn(v, to, where);
}

/**
 * A buffer argument whose memory is still there: a detached ArrayBuffer (transferred with
 * `structuredClone`, or released) would reach C as a NULL or stale address.
 */
export function liveBytes<B>(v: B, ab: ArrayBufferLike, where: string, to?: RtType): B {
  // a detached buffer reads as empty; only then is the slower test worth it
  if (ab.byteLength === 0 && isDetached(ab)) throw detached(where, to);
  return v;
}

function detached(where: string, to: RtType | undefined): TypeError {
  const type = to === undefined ? '' : ` (C type '${ptrName(to)}')`;
  return new TypeError(`${where}${type}: the buffer was released (its ArrayBuffer was transferred or detached)`);
}

/** Node 20 has no `ArrayBuffer.prototype.detached`: a detached buffer refuses `slice`. */
function isDetached(ab: ArrayBufferLike): boolean {
  try {
    ab.slice(0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * A struct or union passed by value: a pointer to it whose memory holds a whole record (a record
 * copied out of a buffer too small for it would read what lies beyond).
 */
export function recordIn(v: unknown, t: RtType, where: string): bigint {
  const a = pointerIn(v, t, where);
  if (a === 0n) return a; // the C side refuses NULL by value, naming the argument
  const room = knownBytes(v as Pointer);
  if (room !== undefined && room < t.size)
    throw new RangeError(
      `${where}: cdata '${(v as Pointer)[CTYPE]}' holds ${room} bytes, '${t.name}' passed by value needs ${t.size}`,
    );
  return a;
}

/** A count argument: a non-negative integer, or a RangeError naming the function. */
export function count(n: unknown, fn: string, arg: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${fn}: ${arg} must be a non-negative integer, got ${describe(n)}`);
  return n;
}
