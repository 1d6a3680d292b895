/**
 * Enum names: `ffi.string(ffi.cast('enum color', 7))` or `ffi.string(7, 'enum color')` is `'GREEN'`,
 * as in CFFI; a value no constant has reads as its decimal digits (`'42'`); of constants that share a
 * value, the first declared names it. The generated module registers each enum's constants here.
 */
import type { RtType } from './ctype.cjs';

const NAMES = new WeakMap<RtType, Map<string, string>>();

/** Registers an enum type's constants (value, name), in declaration order. */
export function enumNames(t: RtType, constants: readonly (readonly [number | bigint, string])[]): void {
  const m = new Map<string, string>();
  for (const [v, name] of constants) if (!m.has(String(v))) m.set(String(v), name);
  NAMES.set(t, m);
}

/** Whether `t` is an enum type with registered names. */
export function isEnum(t: RtType): boolean {
  return NAMES.has(t);
}

/** The name of value `v` of enum type `t`, or its digits when no constant has it. */
export function enumName(t: RtType, v: unknown): string {
  const key = typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
  if (key === undefined) throw new TypeError(`ffi.string: a value of '${t.name}' must be a number or a bigint`);
  return NAMES.get(t)!.get(key) ?? key;
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
