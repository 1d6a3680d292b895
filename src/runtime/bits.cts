import { checkInt } from './convert.cjs';

/** Reads a bitfield of `width` bits at bit `bit` of `dv` (little-endian bit order, as gcc and clang lay them out). */
export function getBits(dv: DataView, bit: number, width: number, signed: boolean): number | bigint {
  let v = 0n;
  const first = bit >> 3;
  const last = (bit + width - 1) >> 3;
  for (let i = last; i >= first; i--) v = (v << 8n) | BigInt(dv.getUint8(i));
  v = (v >> BigInt(bit & 7)) & ((1n << BigInt(width)) - 1n);
  if (signed && width > 0 && v >> BigInt(width - 1)) v -= 1n << BigInt(width);
  return width > 32 ? v : Number(v);
}

/** Writes a bitfield, range-checked against its width. */
export function setBits(dv: DataView, bit: number, width: number, signed: boolean, v: unknown, where: string): void {
  const name = `${signed ? 'signed' : 'unsigned'} :${width}`;
  const max = signed ? (1n << BigInt(width - 1)) - 1n : (1n << BigInt(width)) - 1n;
  const min = signed ? -(1n << BigInt(width - 1)) : 0n;
  const x = BigInt(checkInt(v, { name, min, max, big: width > 32 }, where));
  const first = bit >> 3;
  const last = (bit + width - 1) >> 3;
  let word = 0n;
  for (let i = last; i >= first; i--) word = (word << 8n) | BigInt(dv.getUint8(i));
  const shift = BigInt(bit & 7);
  const mask = ((1n << BigInt(width)) - 1n) << shift;
  word = (word & ~mask) | ((BigInt.asUintN(width, x) << shift) & mask);
  for (let i = first; i <= last; i++, word >>= 8n) dv.setUint8(i, Number(word & 0xffn));
}
