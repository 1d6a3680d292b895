/**
 * The byte helpers of `ffi`: `string`, `unpack`, `buffer`, `fromBuffer`, `memmove`. Each asks the
 * bounds model (`knownBytes`, memory.cts) how far it may go: a `char[16]` field ends where the next
 * field starts, owned memory ends where it ends, and released or transferred memory is refused.
 * Only a raw C pointer of unknown extent is taken at its word (C does not say how far it goes).
 */
import { count, liveBytes } from './args.cjs';
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { getAt } from './element.cjs';
import { knownBytes, snapshot } from './memory.cjs';
import { native } from './native.cjs';
import { Owner } from './owner.cjs';
import { alive, CArray, CTYPE, PlainPointer, Pointer } from './pointer.cjs';
import { cView } from './window.cjs';

/** What a `Buffer` over C memory keeps alive: its `ffi.gc` owner (a WeakMap: as long as the buffer lives). */
/** The longest Buffer `ffi.buffer` makes over C memory (the native view takes a 32-bit length). */
const MAX_BUFFER = 2 ** 32 - 1;

const buffersKeep = new WeakMap<ArrayBuffer, unknown>();

function cdata(v: unknown, fn: string): Pointer {
  if (!Pointer.is(v)) throw new TypeError(`${fn}: expected a cdata, got ${describe(v)}`);
  return v;
}

/** `n` bytes from where `p` points, refused beyond what it is known to hold. */
function room(p: Pointer, n: number, fn: string): void {
  const known = knownBytes(p);
  if (known !== undefined && n > known)
    throw new RangeError(`${fn}: ${n} bytes exceed the ${known} bytes of cdata '${p[CTYPE]}'`);
}

/**
 * `ffi.string`: the text a `char *` or `char[N]` holds up to its NUL, never past `maxlen` nor past
 * its known bytes (a full `char[16]` field gives 16 characters, not the next field). Pointers to
 * 2- and 4-byte integers (`char16_t`, `char32_t`, `wchar_t`) read as UTF-16 and UTF-32.
 */
export function string(v: unknown, maxlen: unknown): string {
  if (typeof v === 'string') return v;
  const p = cdata(v, 'ffi.string');
  const t = p.$t;
  const a = alive(p, 'ffi.string');
  if (a === 0n) throw new TypeError(`ffi.string: cannot read a string from a null pointer '${p[CTYPE]}'`);
  const unit = t.kind === 'void' ? 1 : t.kind === 'int' && t.name !== 'bool' ? t.size : 0;
  if (unit !== 1 && unit !== 2 && unit !== 4)
    throw new TypeError(
      `ffi.string: expected a 'char *', 'char[]' or a wide character pointer, got cdata '${p[CTYPE]}'`,
    );
  const known = knownBytes(p);
  const asked = maxlen === undefined ? -1 : count(maxlen, 'ffi.string', 'maxlen') * unit;
  const max = known === undefined ? asked : asked < 0 ? known : Math.min(asked, known);
  if (unit === 1) return native.$string(a, max);
  return wide(p, a, unit, max);
}

/** A NUL-terminated UTF-16 or UTF-32 string, read a unit at a time within `max` bytes (-1: until the NUL). */
function wide(p: Pointer, a: bigint, unit: number, max: number): string {
  const mem = p.$o?.mem;
  const units: number[] = [];
  for (let off = 0; max < 0 || off + unit <= max; off += unit) {
    const dv = mem !== undefined ? new DataView(mem, p.$x + off, unit) : cView(a + BigInt(off), unit, p.$o);
    const u = unit === 2 ? dv.getUint16(0, true) : dv.getUint32(0, true);
    if (u === 0) break;
    units.push(u);
  }
  if (unit === 2) return String.fromCharCode(...units);
  return units.map((u) => (u <= 0x10ffff && (u < 0xd800 || u > 0xdfff) ? String.fromCodePoint(u) : '\ufffd')).join('');
}

/** `ffi.buffer`: a Buffer over the memory, no copy; it keeps the memory's owner alive. */
export function buffer(v: unknown, size: unknown, sizeOf: (p: Pointer) => number): Buffer {
  const p = cdata(v, 'ffi.buffer');
  const n =
    size === undefined ? (p instanceof CArray ? p.$t.size * p.length : sizeOf(p)) : count(size, 'ffi.buffer', 'size');
  const a = alive(p, 'ffi.buffer');
  room(p, n, 'ffi.buffer');
  if (n > MAX_BUFFER) throw new RangeError(`ffi.buffer: ${n} bytes are more than a Buffer holds (${MAX_BUFFER})`);
  const mem = p.$o?.mem;
  if (mem !== undefined) return Buffer.from(mem, p.$x, n);
  if (a === 0n) throw new TypeError(`ffi.buffer: cdata '${p[CTYPE]}' is a null pointer`);
  if (n === 0) return Buffer.alloc(0);
  const ab = native.$view(a, n);
  if (p.$o !== undefined) {
    buffersKeep.set(ab, p.$o);
    (p.$o.windows ??= new Map()).set(ab, ab);
  }
  return Buffer.from(ab);
}

/** `ffi.unpack`: `n` items copied out: a Buffer for chars, else a list (records and arrays as owned copies). */
export function unpack(v: unknown, n: unknown, sizeOf: (p: Pointer) => number): Buffer | unknown[] {
  const p = cdata(v, 'ffi.unpack');
  const t = p.$t;
  const items = count(n, 'ffi.unpack', 'n');
  if (t.kind === 'int' && t.size === 1) return Buffer.from(buffer(p, items, sizeOf));
  room(p, items * t.size, 'ffi.unpack');
  const copy = t.kind === 'record' || t.kind === 'array';
  return Array.from({ length: items }, (_, i) =>
    copy ? snapshot(new PlainPointer(t, (getAt(p, i) as Pointer).$a!)) : getAt(p, i),
  );
}

/** `ffi.fromBuffer`: a pointer to a buffer's bytes, no copy, keeping the buffer alive; typed when asked. */
export function fromBuffer(
  buf: unknown,
  options: unknown,
  parse: (spelling: string) => RtType,
  voidType: RtType,
): Pointer {
  if (!(buf instanceof ArrayBuffer) && !ArrayBuffer.isView(buf))
    throw new TypeError(`ffi.fromBuffer: expected a Buffer, TypedArray, DataView or ArrayBuffer, got ${describe(buf)}`);
  const opts = (options ?? {}) as { type?: unknown; writable?: unknown };
  if (typeof opts !== 'object')
    throw new TypeError(`ffi.fromBuffer: options must be an object, got ${describe(options)}`);
  liveBytes(buf, buf instanceof ArrayBuffer ? buf : buf.buffer, 'ffi.fromBuffer');
  if (opts.writable === false) {
    // read-only: the pointer gets a copy, so nothing written through it (by JS or by C) reaches `buf`
    const bytes =
      buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    buf = new Uint8Array(bytes);
  }
  const b = buf as ArrayBuffer | ArrayBufferView;
  const ab = b instanceof ArrayBuffer ? b : (b.buffer as ArrayBuffer);
  const x = b instanceof ArrayBuffer ? 0 : b.byteOffset;
  const o = new Owner(ab, b, x + b.byteLength);
  const a = native.$address(b);
  let t = voidType;
  if (opts.type !== undefined) {
    if (typeof opts.type !== 'string')
      throw new TypeError(`ffi.fromBuffer: type must be a C type spelling, got ${describe(opts.type)}`);
    const pt = parse(opts.type);
    if (pt.kind !== 'pointer' && pt.kind !== 'array')
      throw new TypeError(`ffi.fromBuffer: type '${opts.type}' is no pointer or array type ('int *', 'char[]')`);
    const item = pt.kind === 'pointer' ? pt.to : pt.of;
    if (item.size > 0 && b.byteLength % item.size !== 0 && pt.kind === 'array')
      throw new RangeError(`ffi.fromBuffer: ${b.byteLength} bytes are not a whole number of '${item.name}'`);
    if (pt.kind === 'array') return new CArray(item, a, o, x, Math.floor(b.byteLength / (item.size || 1)));
    t = item;
  }
  return new PlainPointer(t, a, o, x);
}

/** `ffi.memmove`: between cdata and buffers, each side refused beyond what it is known to hold. */
export function memmove(dst: unknown, src: unknown, n: unknown): void {
  const size = count(n, 'ffi.memmove', 'n');
  const addr = (p: unknown, what: string): bigint => {
    if (p instanceof ArrayBuffer || ArrayBuffer.isView(p)) {
      if (size > p.byteLength)
        throw new RangeError(`ffi.memmove: ${size} bytes exceed the ${p.byteLength} bytes of ${what}`);
      return native.$address(p);
    }
    if (!Pointer.is(p)) throw new TypeError(`ffi.memmove: ${what} must be a cdata or a buffer, got ${describe(p)}`);
    const a = alive(p, `ffi.memmove ${what}`);
    room(p, size, `ffi.memmove ${what}`);
    if (a === 0n && size > 0) throw new TypeError(`ffi.memmove: ${what} is a null pointer`);
    return a;
  };
  const d = addr(dst, 'dst');
  const s = addr(src, 'src');
  if (size > 0) native.$memmove(d, s, size);
}
