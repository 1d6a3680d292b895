/**
 * Conversions on the way into C: integer range checks (exact for 64-bit), with messages that name
 * the place (`deflate(): argument 'flush'`, `z_stream_s.avail_in`) and the C type.
 */
import { INT_CODES, type IntCode } from './primitives.cjs';

/** A short description of a JS value for error messages: `string "abc"`, `number 1.5`. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
    return `${typeof v} ${String(v)}${typeof v === 'bigint' ? 'n' : ''}`;
  if (typeof v === 'function') return 'a function';
  const ct = (v as { constructor?: { name?: string } }).constructor?.name;
  const desc = (v as { [k: symbol]: unknown })[Symbol.for('cffi-import.ctype')];
  return typeof desc === 'string' ? `cdata '${desc}'` : `${ct ? `a ${ct}` : 'an object'}`;
}

/** Range of each integer kind: [min, max] as bigints, and the C spelling for messages. */
export interface IntRange {
  readonly name: string;
  readonly min: bigint;
  readonly max: bigint;
  readonly big: boolean;
}

/** The range of a `size`-byte integer. */
export function intRange(name: string, size: number, signed: boolean): IntRange {
  const bits = BigInt(size * 8);
  return signed
    ? { name, min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n, big: size >= 8 }
    : { name, min: 0n, max: (1n << bits) - 1n, big: size >= 8 };
}

/**
 * Checks that `v` is an integer that fits `r` and returns it as a number (≤ 32 bits) or a bigint
 * (64 and 128 bits). Numbers beyond 2^53 are refused for 64-bit types: they may already have been rounded.
 */
export function checkInt(given: unknown, r: IntRange, where: string): number | bigint {
  const v = scalarValue(given);
  let b: bigint;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new RangeError(`${where}: ${describe(v)} is not an integer (C type '${r.name}')`);
    if (r.big && !Number.isSafeInteger(v))
      throw new RangeError(`${where}: ${v} is beyond 2^53 and may have been rounded; pass a BigInt for '${r.name}'`);
    b = BigInt(v);
  } else if (typeof v === 'bigint') {
    b = v;
  } else if (typeof v === 'boolean' && r.name === 'bool') {
    return v ? 1 : 0;
  } else {
    throw new TypeError(`${where}: expected an integer for C type '${r.name}', got ${describe(v)}`);
  }
  if (b < r.min || b > r.max)
    throw new RangeError(`${where}: integer ${b} does not fit '${r.name}' (${r.min}..${r.max})`);
  return r.big ? b : Number(b);
}

/** The value of a typed scalar (`ffi.cast('int', 5)`, vararg.cts), which goes wherever its value may. */
function scalarValue(v: unknown): unknown {
  // an own property only: `Object.prototype.$scalar = 5` must not turn every object into 5
  return typeof v === 'object' && v !== null && Object.hasOwn(v, '$scalar') ? (v as { $scalar: unknown }).$scalar : v;
}

/** Wraps `v` modulo 2^n into the range, as C's cast does (`ffi.cast('unsigned char', 300)` → 44). */
export function wrapInt(v: number | bigint, r: IntRange): number | bigint {
  // a value already in range needs no wrapping (the common cast, made per call of a variadic function)
  if (!r.big && typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max) return v;
  const bits = r.max > 0n && r.min === 0n ? r.max.toString(2).length : r.max.toString(2).length + 1;
  const big = typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
  const w = r.min < 0n ? BigInt.asIntN(bits, big) : BigInt.asUintN(bits, big);
  return r.big ? w : Number(w);
}

/** Checks a floating-point value. */
export function checkFloat(given: unknown, name: string, where: string): number {
  const v = scalarValue(given);
  if (typeof v !== 'number')
    throw new TypeError(`${where}: expected a number for C type '${name}', got ${describe(v)}`);
  return v;
}

// Fast checks for generated setters: the common case is one typeof and one comparison, which the
// JIT inlines; everything else goes through `checkInt` for the exact error. One per integer code.
const R = Object.fromEntries(
  Object.entries(INT_CODES).map(([code, c]) => [
    code,
    code === 'bool' ? { name: c.name, min: 0n, max: 1n, big: false } : intRange(c.name, c.size, c.signed),
  ]),
) as Record<IntCode, IntRange>;
/** `signed char` value check. */
export const i8 = (v: unknown, w: string): number =>
  typeof v === 'number' && (v << 24) >> 24 === v ? v : (checkInt(v, R.i8, w) as number);
/** `unsigned char` value check. */
export const u8 = (v: unknown, w: string): number =>
  typeof v === 'number' && (v & 0xff) === v ? v : (checkInt(v, R.u8, w) as number);
/** `short` value check. */
export const i16 = (v: unknown, w: string): number =>
  typeof v === 'number' && (v << 16) >> 16 === v ? v : (checkInt(v, R.i16, w) as number);
/** `unsigned short` value check. */
export const u16 = (v: unknown, w: string): number =>
  typeof v === 'number' && (v & 0xffff) === v ? v : (checkInt(v, R.u16, w) as number);
/** `int` value check. */
export const i32 = (v: unknown, w: string): number =>
  typeof v === 'number' && (v | 0) === v ? v : (checkInt(v, R.i32, w) as number);
/** `unsigned int` value check. */
export const u32 = (v: unknown, w: string): number =>
  typeof v === 'number' && v >>> 0 === v ? v : (checkInt(v, R.u32, w) as number);
/** 64-bit signed value check: a bigint out. */
export const i64 = (v: unknown, w: string): bigint =>
  typeof v === 'bigint' && BigInt.asIntN(64, v) === v ? v : (checkInt(v, R.i64, w) as bigint);
/** 64-bit unsigned value check: a bigint out. */
export const u64 = (v: unknown, w: string): bigint =>
  typeof v === 'bigint' && BigInt.asUintN(64, v) === v ? v : (checkInt(v, R.u64, w) as bigint);
/** `__int128` value check: a bigint out (exact; a number only when safe). */
export const i128 = (v: unknown, w: string): bigint =>
  typeof v === 'bigint' && BigInt.asIntN(128, v) === v ? v : (checkInt(v, R.i128, w) as bigint);
/** `unsigned __int128` value check: a bigint out. */
export const u128 = (v: unknown, w: string): bigint =>
  typeof v === 'bigint' && BigInt.asUintN(128, v) === v ? v : (checkInt(v, R.u128, w) as bigint);
/** `bool` value check: true/false or 0/1. */
export const bool = (v: unknown, w: string): number =>
  v === true ? 1 : v === false ? 0 : (checkInt(v, R.bool, w) as number);
/** float/double value check. */
export const f64 = (v: unknown, w: string): number => (typeof v === 'number' ? v : checkFloat(v, 'double', w));
