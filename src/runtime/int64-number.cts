/**
 * `--int64 number`: a 64-bit integer read from C (a result, a field, a global) as a JS number, exact
 * or a RangeError that names the place and the value; never a rounded number.
 */

/** `v` as a number when a double holds it exactly; else a RangeError naming `where`. */
export function int64Number(v: bigint | number, where: string): number {
  if (typeof v === 'number') return v;
  const n = Number(v);
  if (BigInt(n) !== v)
    throw new RangeError(
      `${where}: the 64-bit value ${v} has no exact number (--int64 number); rebuild with --int64 bigint`,
    );
  return n;
}
