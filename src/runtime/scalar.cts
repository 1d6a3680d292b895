/**
 * Scalar access: reading and writing one integer, float or pointer in C memory, checked on the way
 * in, and copying records and arrays by value (C's assignment).
 */
import { pointerIn } from './args.cjs';
import { checkFloat, checkInt, describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { knownBytes } from './memory.cjs';
import { native } from './native.cjs';
import { keep } from './owner.cjs';
import { alive, CTYPE, Pointer, wrap } from './pointer.cjs';

/** Reads a scalar or pointer `t` at `off` of `dv`: a number, a bigint, a pointer, or a string for `const char *`. */
export function readScalar(t: RtType, dv: DataView, off: number): unknown {
  switch (t.kind) {
    case 'int':
    case 'float':
      return t.read(dv, off);
    case 'pointer': {
      const a = dv.getBigUint64(off, true);
      if (t.string) return a === 0n ? null : native.$string(a, -1);
      return wrap(t.to, a);
    }
    case 'record':
    case 'array':
    case 'void':
    case 'function':
      throw new TypeError(`cannot read a value of type '${t.name}' as a scalar`);
  }
}

/**
 * Writes JS value `v` as a scalar or pointer `t` at `off` of `dv`, checked; stored pointers are kept
 * alive by `owner`.
 */
export function writeScalar(
  t: RtType,
  dv: DataView,
  off: number,
  v: unknown,
  where: string,
  owner: Pointer,
  ownerOff = off,
): void {
  switch (t.kind) {
    case 'int':
      return t.write(dv, off, checkInt(v, t.range, where));
    case 'float':
      return t.write(dv, off, checkFloat(v, t.name, where));
    case 'pointer': {
      const kept =
        t.bytes && (typeof v === 'string' || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) ? pinBytes(v) : v;
      dv.setBigUint64(off, kept === v ? pointerIn(v, t.to, where) : native.$address(kept as Uint8Array), true);
      keep(owner, ownerOff, kept);
      return;
    }
    case 'record':
    case 'array':
    case 'void':
    case 'function':
      throw new TypeError(`${where}: cannot store a value of type '${t.name}' as a scalar`);
  }
}

/**
 * Copies `v` into the record or array `off` bytes into `dst`: a cdata of the same type (by value,
 * as C assignment does), or for char arrays a string or bytes that fit with their NUL.
 */
export function copyInto(dst: Pointer, off: number, t: RtType, v: unknown, where: string): void {
  const a = alive(dst, where) + BigInt(off);
  if (
    t.kind === 'array' &&
    t.of.kind === 'int' &&
    t.of.size === 1 &&
    (typeof v === 'string' || ArrayBuffer.isView(v))
  ) {
    const bytes = typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    // a flexible `char[]` holds what its memory holds, when that is known
    const room = knownBytes(dst);
    const n = t.length ?? (room === undefined ? bytes.length + 1 : room - off);
    const need = bytes.length + (typeof v === 'string' ? 1 : 0);
    if (need > n) {
      const what = typeof v === 'string' ? 'string' : 'bytes';
      const nul = typeof v === 'string' ? ' with its NUL' : '';
      throw new RangeError(`${where}: initializer ${what} too long for '${t.name}' (${need} bytes${nul})`);
    }
    const view = new Uint8Array(n);
    view.set(bytes);
    native.$memmove(a, native.$address(view), n);
    return;
  }
  if (!Pointer.is(v) || (t.kind === 'record' && v.$t !== t) || (t.kind === 'array' && v.$t !== t.of)) {
    throw new TypeError(`${where}: expected cdata '${t.name}' to copy, got ${describe(v)}`);
  }
  const from = knownBytes(v);
  if (from !== undefined && from < t.size)
    throw new RangeError(`${where}: cdata '${v[CTYPE]}' holds ${from} bytes, '${t.name}' needs ${t.size}`);
  const to = knownBytes(dst);
  if (to !== undefined && to - off < t.size)
    throw new RangeError(`${where}: '${t.name}' (${t.size} bytes) does not fit the ${to - off} bytes left`);
  native.$memmove(a, alive(v, where), t.size);
}

/** Bytes stored into a `char *` field: strings get a NUL-terminated copy; buffers are used as they are. */
function pinBytes(v: string | ArrayBuffer | ArrayBufferView): ArrayBuffer | ArrayBufferView {
  return typeof v === 'string' ? Buffer.from(v + '\0', 'utf8') : v;
}
