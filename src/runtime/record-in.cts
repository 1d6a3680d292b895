/**
 * A struct or union argument passed by value: a view of that type (its address is passed), or a
 * plain initialiser (`lib.area({ w: 2, h: 3 })`, `[2, 3]`), built into fresh JS-owned memory exactly
 * as `ffi.new` would and handed to C as an ArrayBuffer, which the call's own argument keeps alive.
 */
import { recordIn as viewIn } from './args.cjs';
import { describe } from './convert.cjs';
import type { RtType } from './ctype.cjs';
import { initialise } from './init.cjs';
import { structResult } from './memory.cjs';
import { Pointer } from './pointer.cjs';

/**
 * The address of a record view (checked to hold the whole record: args.cts), or an ArrayBuffer
 * holding the record an initialiser describes.
 */
export function recordIn(v: unknown, t: RtType, where: string): bigint | ArrayBuffer {
  if (v === null || typeof v !== 'object' || Pointer.is(v)) return viewIn(v, t, where);
  if (v instanceof ArrayBuffer || ArrayBuffer.isView(v))
    throw new TypeError(
      `${where}: '${t.name}' by value takes a view of it (ffi.new, ffi.cast) or an initialiser object, ` +
        `got ${describe(v)}; to reuse a buffer's bytes, ffi.cast('${t.name} *', ffi.fromBuffer(buf))`,
    );
  const ab = new ArrayBuffer(Math.max(t.size, 1));
  initialise(structResult(t, ab), 0, t, v, where);
  return ab;
}
