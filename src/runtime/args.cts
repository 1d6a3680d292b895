/**
 * Argument checks on the way into C: which JS values a pointer parameter (or pointer field)
 * accepts, with TypeErrors that name the place and both types. The C side (cffi-bytes.h) converts
 * what these let through.
 */
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { alive, CTYPE, Pointer, ptrName } from './pointer.cjs';
import { heldCallback } from './callback.cjs';

/** Whether a pointer to `from` may go where a pointer to `to` is expected (same type, or void on either side). */
function compatible(from: RtType, to: RtType): boolean {
  return from === to || from.kind === 'void' || to.kind === 'void';
}

/**
 * The address to pass for a `to *` argument or field: a pointer of a compatible type, or null.
 * Anything else is a TypeError that names the place and both types.
 */
export function pointerIn(v: unknown, to: RtType, where: string): bigint {
  // Fast path, the shape of every call with the right pointer: one type compare, no instanceof.
  if (v != null && ((v as Pointer).$t === to || to.kind === 'void')) {
    const a = (v as Pointer).$a;
    const o = (v as Pointer).$o;
    if (a !== undefined && (o === undefined || !o.dead)) return a;
  }
  return pointerInChecked(v, to, where);
}

function pointerInChecked(v: unknown, to: RtType, where: string): bigint {
  if (v instanceof Pointer) {
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
  if (v != null && (v as Pointer).$t !== undefined) return pointerIn(v, to, where);
  if (typeof v === 'string' || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return v;
  return pointerIn(v, to, where);
}

/** `bytesIn` for `char *` / `unsigned char *`, where a Buffer is the likelier argument: tested first. */
export function bufferIn(v: unknown, to: RtType, where: string): unknown {
  if (ArrayBuffer.isView(v) || typeof v === 'string') return v;
  return bytesIn(v, to, where);
}

/** A count argument: a non-negative integer, or a RangeError naming the function. */
export function count(n: unknown, fn: string, arg: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${fn}: ${arg} must be a non-negative integer, got ${describe(n)}`);
  return n;
}
