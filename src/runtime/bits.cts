import { checkInt, type IntRange } from './convert.cjs';

/*
 * Bitfields, in gcc's and clang's little-endian bit order. A field of up to 32 bits spans at most
 * 5 bytes (40 bits), exact in a double, so it is read and written with number arithmetic; only
 * wider fields (`unsigned long long x : 40`) take BigInts.
 */

/** Reads a bitfield of `width` bits at bit `bit` of `dv`, sign-extended when `signed`. */
export function getBits(dv: DataView, bit: number, width: number, signed: boolean): number | bigint {
  const first = bit >> 3;
  const last = (bit + width - 1) >> 3;
  if (width <= 32) {
    let word = 0;
    for (let i = last; i >= first; i--) word = word * 256 + dv.getUint8(i);
    const v = Math.floor(word / 2 ** (bit & 7)) % 2 ** width;
    return signed && v >= 2 ** (width - 1) ? v - 2 ** width : v;
  }
  let v = 0n;
  for (let i = last; i >= first; i--) v = (v << 8n) | BigInt(dv.getUint8(i));
  v = (v >> BigInt(bit & 7)) & ((1n << BigInt(width)) - 1n);
  if (signed && v >> BigInt(width - 1)) v -= 1n << BigInt(width);
  return v;
}

/** The values a bitfield holds, and its name in errors (`4-bit signed bitfield`). */
function bitRange(width: number, signed: boolean): IntRange {
  const name = `${width}-bit ${signed ? 'signed' : 'unsigned'} bitfield`;
  const max = signed ? (1n << BigInt(width - 1)) - 1n : (1n << BigInt(width)) - 1n;
  const min = signed ? -(1n << BigInt(width - 1)) : 0n;
  return { name, min, max, big: width > 32 };
}

/**
 * Writes a bitfield, range-checked against its width (a value that does not fit is a RangeError
 * naming the field and the width, and nothing is written); the bits around it keep their values.
 */
export function setBits(dv: DataView, bit: number, width: number, signed: boolean, v: unknown, where: string): void {
  const first = bit >> 3;
  const last = (bit + width - 1) >> 3;
  if (width <= 32) {
    const min = signed ? -(2 ** (width - 1)) : 0;
    const max = signed ? 2 ** (width - 1) - 1 : 2 ** width - 1;
    const x =
      typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
        ? v
        : Number(checkInt(v, bitRange(width, signed), where));
    const shift = 2 ** (bit & 7);
    let word = 0;
    for (let i = last; i >= first; i--) word = word * 256 + dv.getUint8(i);
    const below = word % shift;
    const above = Math.floor(word / (shift * 2 ** width));
    word = (above * 2 ** width + (x < 0 ? x + 2 ** width : x)) * shift + below;
    for (let i = first; i <= last; i++, word = Math.floor(word / 256)) dv.setUint8(i, word % 256);
    return;
  }
  const x = BigInt(checkInt(v, bitRange(width, signed), where));
  let word = 0n;
  for (let i = last; i >= first; i--) word = (word << 8n) | BigInt(dv.getUint8(i));
  const shift = BigInt(bit & 7);
  const mask = ((1n << BigInt(width)) - 1n) << shift;
  word = (word & ~mask) | ((BigInt.asUintN(width, x) << shift) & mask);
  for (let i = first; i <= last; i++, word >>= 8n) dv.setUint8(i, Number(word & 0xffn));
}
