/**
 * Flexible array members (`struct msg { int len; int data[]; }`): `ffi.new('struct msg *', init)`
 * makes room for as many items as the initialiser gives the last field: a list (`{ len: 3, data: [1,
 * 2, 3] }` or positionally `[3, [1, 2, 3]]`) or a count (`{ data: 10 }`: ten zero items), as CFFI
 * does. The memory's end bounds `m.data[i]`; C-allocated records have no known end (docs/records.md).
 */
import type { FieldInfo, RtType } from './ctype.cjs';

/** The record's flexible array member (an array field of unknown length, last), if it has one. */
function flexibleField(t: RtType): FieldInfo | undefined {
  if (t.kind !== 'record' || t.fields.length === 0) return undefined;
  const last = t.fields[t.fields.length - 1]!;
  return last.type.kind === 'array' && last.type.length === undefined ? last : undefined;
}

/**
 * The bytes `ffi.new` allocates for a record with this initialiser and the initialiser left to store
 * (a count is not stored: the items stay zero), or undefined when the record has no flexible member.
 */
export function flexibleNew(t: RtType, init: unknown): { size: number; init: unknown } | undefined {
  const f = flexibleField(t);
  if (f === undefined || f.type.kind !== 'array' || typeof init !== 'object' || init === null) return undefined;
  const positional = Array.isArray(init);
  const index = t.kind === 'record' ? t.fields.length - 1 : -1;
  const items: unknown = positional ? (init as unknown[])[index] : (init as Record<string, unknown>)[f.name];
  const n = typeof items === 'number' ? items : Array.isArray(items) ? items.length : 0;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`'${t.name}': the item count of '${f.name}' must be a non-negative integer, got ${n}`);
  const size = Math.max(t.size, f.offset + n * f.type.of.size);
  if (typeof items !== 'number') return { size, init };
  const rest = positional ? (init as unknown[]).slice(0, index) : { ...(init as object), [f.name]: undefined };
  if (!positional) delete (rest as Record<string, unknown>)[f.name];
  return { size, init: rest };
}
