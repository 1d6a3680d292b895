/**
 * The messages for what an opaque record (declared, never defined in the headers: `struct sqlite3;`)
 * cannot do: be allocated, sized, or have its fields read or written. Each says the type is opaque
 * and what to do instead, so a misuse reads as the header's choice, not as a missing field.
 */
import type { RtType } from './ctype.cjs';

/** What to do with an opaque type: the same advice wherever it is misused. */
const ADVICE =
  'it is declared but not defined in the headers, so its size and fields are unknown: use pointers to it ' +
  'that C functions return or take, or import the header that defines it';

/** The message for `ffi.new`/`ffi.sizeof` (`what`) of an opaque type. */
export function opaqueMessage(what: string, t: RtType): string {
  return `${what}: '${t.name}' is opaque; ${ADVICE}`;
}

/** A TypeError for reading or writing field `key` of a record: opaque, or no such field. */
export function noField(t: RtType, key: string): TypeError {
  if (t.kind === 'record' && t.opaque) return new TypeError(opaqueMessage(`field '${key}'`, t));
  return new TypeError(`'${t.name}' has no field '${key}'`);
}
