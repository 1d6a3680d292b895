/**
 * Enum names: `ffi.string(ffi.cast('enum color', 7))` or `ffi.string(7, 'enum color')` is `'GREEN'`,
 * as in CFFI; a value no constant has reads as its decimal digits (`'42'`); of constants that share a
 * value, the first declared names it (declaration order: the order of `elements`).
 */
import type { RtType } from './ctype.cjs';

/** Value → first name, made from the constants the type table records on the type (ctype.cts `elements`). */
const NAMES = new WeakMap<RtType, Map<string, string>>();

function elementsOf(t: RtType): Readonly<Record<string, number | bigint>> | undefined {
  return (t as { elements?: Readonly<Record<string, number | bigint>> }).elements;
}

function names(t: RtType): Map<string, string> {
  let m = NAMES.get(t);
  if (m === undefined) {
    m = new Map();
    for (const [name, v] of Object.entries(elementsOf(t) ?? {})) if (!m.has(String(v))) m.set(String(v), name);
    NAMES.set(t, m);
  }
  return m;
}

/** Whether `t` is an enum type with known constants. */
export function isEnum(t: RtType): boolean {
  return elementsOf(t) !== undefined;
}

/** The name of value `v` of enum type `t`, or its digits when no constant has it. */
export function enumName(t: RtType, v: unknown): string {
  const key = typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
  if (key === undefined) throw new TypeError(`ffi.string: a value of '${t.name}' must be a number or a bigint`);
  return names(t).get(key) ?? key;
}

/** Whether `ffi.string(v, type)` asks for an enum name: an enum spelling given, or a Scalar of an enum type. */
export function isEnumValue(v: unknown, type: unknown): boolean {
  const t = (v as { $t?: RtType } | null)?.$t;
  return (
    typeof type === 'string' || (t !== undefined && isEnum(t) && (v as { $scalar?: unknown }).$scalar !== undefined)
  );
}

/** `ffi.string` of an enum value: a Scalar cast to an enum type, or a number/bigint with the enum's spelling. */
export function enumString(v: unknown, type: unknown, typeOf: (s: string) => RtType): string {
  if (typeof type === 'string') {
    const t = typeOf(type);
    if (!isEnum(t)) throw new TypeError(`ffi.string(value, '${type}'): '${t.name}' is not an enum type`);
    return enumName(t, v);
  }
  const s = v as { $t: RtType; $scalar: unknown };
  return enumName(s.$t, s.$scalar);
}
