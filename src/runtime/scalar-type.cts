/**
 * The scalar types of the runtime's registry (ctype.cts): integers, bool and floats, each with its
 * DataView accessors and the in-range test of the element fast path (pointer.cts).
 */
import { intRange } from './convert.cjs';
import type { FloatType, IntType } from './ctype.cjs';
import { native } from './native.cjs';
import { intCode, type IntCode } from './primitives.cjs';

/** true on little-endian hosts: every DataView access in generated code uses it. */
export const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Access = readonly [
  (dv: DataView, o: number) => number | bigint,
  (dv: DataView, o: number, v: number | bigint) => void,
  (v: unknown) => boolean,
];
// One closure per code rather than a lookup of `get${INT_CODES[code].dataView}`: each stays monomorphic.
// The third is the element fast path's in-range test (as convert.cts's i32 & co.: one typeof, one compare).
const ACCESS: Record<Exclude<IntCode, 'bool'>, Access> = {
  i8: [
    (d, o) => d.getInt8(o),
    (d, o, v) => d.setInt8(o, v as number),
    (v) => typeof v === 'number' && (v << 24) >> 24 === v,
  ],
  u8: [
    (d, o) => d.getUint8(o),
    (d, o, v) => d.setUint8(o, v as number),
    (v) => typeof v === 'number' && (v & 0xff) === v,
  ],
  i16: [
    (d, o) => d.getInt16(o, LE),
    (d, o, v) => d.setInt16(o, v as number, LE),
    (v) => typeof v === 'number' && (v << 16) >> 16 === v,
  ],
  u16: [
    (d, o) => d.getUint16(o, LE),
    (d, o, v) => d.setUint16(o, v as number, LE),
    (v) => typeof v === 'number' && (v & 0xffff) === v,
  ],
  i32: [
    (d, o) => d.getInt32(o, LE),
    (d, o, v) => d.setInt32(o, v as number, LE),
    (v) => typeof v === 'number' && (v | 0) === v,
  ],
  u32: [
    (d, o) => d.getUint32(o, LE),
    (d, o, v) => d.setUint32(o, v as number, LE),
    (v) => typeof v === 'number' && v >>> 0 === v,
  ],
  i64: [
    (d, o) => d.getBigInt64(o, LE),
    (d, o, v) => d.setBigInt64(o, v as bigint, LE),
    (v) => typeof v === 'bigint' && BigInt.asIntN(64, v) === v,
  ],
  u64: [
    (d, o) => d.getBigUint64(o, LE),
    (d, o, v) => d.setBigUint64(o, v as bigint, LE),
    (v) => typeof v === 'bigint' && BigInt.asUintN(64, v) === v,
  ],
  // DataView has no 128-bit accessor: two 64-bit halves in the host's order (little-endian: low first)
  i128: [
    (d, o) => BigInt.asIntN(128, read128(d, o)),
    (d, o, v) => write128(d, o, v as bigint),
    (v) => typeof v === 'bigint' && BigInt.asIntN(128, v) === v,
  ],
  u128: [
    (d, o) => read128(d, o),
    (d, o, v) => write128(d, o, v as bigint),
    (v) => typeof v === 'bigint' && BigInt.asUintN(128, v) === v,
  ],
};

/** A 128-bit integer's bits, unsigned, from two 64-bit halves. */
function read128(d: DataView, o: number): bigint {
  const lo = d.getBigUint64(LE ? o : o + 8, LE);
  const hi = d.getBigUint64(LE ? o + 8 : o, LE);
  return (hi << 64n) | lo;
}

/** Writes a 128-bit integer (either signedness, already range-checked) as two 64-bit halves. */
function write128(d: DataView, o: number, v: bigint): void {
  const u = BigInt.asUintN(128, v);
  d.setBigUint64(LE ? o : o + 8, BigInt.asUintN(64, u), LE);
  d.setBigUint64(LE ? o + 8 : o, u >> 64n, LE);
}

/** An integer type of `size` bytes. */
export function intType(name: string, size: number, signed: boolean): IntType {
  const [read, write, fits] = ACCESS[intCode(size, signed) as Exclude<IntCode, 'bool'>];
  return { kind: 'int', name, size, align: size, range: intRange(name, size, signed), fits, read, write };
}

/** C's bool: reads as true/false, takes true/false or 0/1. */
export function boolType(): IntType {
  return {
    kind: 'int',
    name: 'bool',
    size: 1,
    align: 1,
    range: { name: 'bool', min: 0n, max: 1n, big: false },
    fits: (v) => typeof v === 'boolean',
    read: (d, o) => d.getUint8(o) !== 0,
    write: (d, o, v) => d.setUint8(o, Number(v)),
  };
}

/**
 * float (4 bytes), double (8 bytes) or long double (16: x87's 80 bits, or IEEE quad on arm64), which
 * JS has no accessor for: C converts it (`$ldRead` rounds to the nearest double, `$ldWrite` is exact).
 */
export function floatType(name: string, size: number): FloatType {
  if (size === 16)
    return {
      kind: 'float',
      name,
      size,
      align: 16,
      fits: isNumber,
      read: (d, o) => native.$ldRead(d, o),
      write: (d, o, v) => native.$ldWrite(d, o, v),
    };
  return size === 4
    ? {
        kind: 'float',
        name,
        size,
        align: 4,
        fits: isNumber,
        read: (d, o) => d.getFloat32(o, LE),
        write: (d, o, v) => d.setFloat32(o, v, LE),
      }
    : {
        kind: 'float',
        name,
        size,
        align: 8,
        fits: isNumber,
        read: (d, o) => d.getFloat64(o, LE),
        write: (d, o, v) => d.setFloat64(o, v, LE),
      };
}

const isNumber = (v: unknown): boolean => typeof v === 'number';
