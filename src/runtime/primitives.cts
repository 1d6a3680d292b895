/**
 * The one table of C's primitive types. The JS runtime's registry (`TypeRegistry`), the `.d.ts`
 * type map (`PrimitiveTypes` in api.cts), the fast value checks (convert.cts) and the generator's
 * C side (fixed-width types, `cffi_get_<code>` / `cffi_from_<stem>` names, DataView accessors) are
 * all derived from it, so a spelling known at run time is also known to TypeScript.
 * Sizes are LP64's: generated modules refuse to compile elsewhere (`#error` in the module's C).
 */

/** How an integer crosses between JS and C: its size and signedness; `bool` is its own. */
export type IntCode = 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'i128' | 'u128' | 'bool';

/** What the runtime and the generator know about one integer code. */
export interface IntCodeInfo {
  readonly size: 1 | 2 | 4 | 8 | 16;
  readonly signed: boolean;
  /** The C spelling the value checks name in their messages (`int` for i32). */
  readonly name: string;
  /**
   * C's fixed-width type a trampoline converts into; `cffi_get_<code>` fills one (cffi-int.h, and
   * cffi-wide.h for the 128-bit codes).
   */
  readonly cType: string;
  /** The `cffi_from_<stem>` (cffi-results.h) that turns a C value of this code into JS. */
  readonly fromC: 'i32' | 'u32' | 'i64' | 'u64' | 'i128' | 'u128' | 'bool';
  /**
   * The DataView accessor stem: `getInt32` / `setInt32`; '' for 128 bits, which DataView lacks (two
   * 64-bit halves, scalar-type.cts).
   */
  readonly dataView: 'Int8' | 'Uint8' | 'Int16' | 'Uint16' | 'Int32' | 'Uint32' | 'BigInt64' | 'BigUint64' | '';
  /** Values of this code are BigInts in JS (exact 64 and 128 bits). */
  readonly big: boolean;
}

/** Every integer code; `cffi_get_<code>` in C and the value check `<code>` in JS carry its name. */
export const INT_CODES = {
  i8: { size: 1, signed: true, name: 'signed char', cType: 'int8_t', fromC: 'i32', dataView: 'Int8', big: false },
  u8: { size: 1, signed: false, name: 'unsigned char', cType: 'uint8_t', fromC: 'u32', dataView: 'Uint8', big: false },
  i16: { size: 2, signed: true, name: 'short', cType: 'int16_t', fromC: 'i32', dataView: 'Int16', big: false },
  u16: {
    size: 2,
    signed: false,
    name: 'unsigned short',
    cType: 'uint16_t',
    fromC: 'u32',
    dataView: 'Uint16',
    big: false,
  },
  i32: { size: 4, signed: true, name: 'int', cType: 'int32_t', fromC: 'i32', dataView: 'Int32', big: false },
  u32: {
    size: 4,
    signed: false,
    name: 'unsigned int',
    cType: 'uint32_t',
    fromC: 'u32',
    dataView: 'Uint32',
    big: false,
  },
  i64: { size: 8, signed: true, name: 'long', cType: 'int64_t', fromC: 'i64', dataView: 'BigInt64', big: true },
  u64: {
    size: 8,
    signed: false,
    name: 'unsigned long',
    cType: 'uint64_t',
    fromC: 'u64',
    dataView: 'BigUint64',
    big: true,
  },
  i128: { size: 16, signed: true, name: '__int128', cType: '__int128', fromC: 'i128', dataView: '', big: true },
  u128: {
    size: 16,
    signed: false,
    name: 'unsigned __int128',
    cType: 'unsigned __int128',
    fromC: 'u128',
    dataView: '',
    big: true,
  },
  bool: { size: 1, signed: false, name: 'bool', cType: 'uint8_t', fromC: 'bool', dataView: 'Uint8', big: false },
} as const satisfies Record<IntCode, IntCodeInfo>;

/** The integer code of a `size`-byte integer (`bool` for C's bool). */
export function intCode(size: number, signed: boolean, bool = false): IntCode {
  if (bool) return 'bool';
  const code = `${signed ? 'i' : 'u'}${size * 8}`;
  if (!(code in INT_CODES)) throw new RangeError(`no ${size}-byte integer type`);
  return code as IntCode;
}

/** One canonical primitive type. `signed` is absent for plain `char`, whose signedness is the target's. */
export type Primitive =
  | { readonly kind: 'void'; readonly size: 1 }
  | { readonly kind: 'int'; readonly size: 1 | 2 | 4 | 8 | 16; readonly signed?: boolean; readonly bool?: true }
  | { readonly kind: 'float'; readonly size: 4 | 8 | 16 };

/** The canonical primitive types, by the spelling the runtime and the `.d.ts` use for them. */
export const PRIMITIVES = {
  void: { kind: 'void', size: 1 },
  bool: { kind: 'int', size: 1, signed: false, bool: true },
  char: { kind: 'int', size: 1 },
  'signed char': { kind: 'int', size: 1, signed: true },
  'unsigned char': { kind: 'int', size: 1, signed: false },
  short: { kind: 'int', size: 2, signed: true },
  'unsigned short': { kind: 'int', size: 2, signed: false },
  int: { kind: 'int', size: 4, signed: true },
  'unsigned int': { kind: 'int', size: 4, signed: false },
  long: { kind: 'int', size: 8, signed: true },
  'unsigned long': { kind: 'int', size: 8, signed: false },
  'long long': { kind: 'int', size: 8, signed: true },
  'unsigned long long': { kind: 'int', size: 8, signed: false },
  __int128: { kind: 'int', size: 16, signed: true },
  'unsigned __int128': { kind: 'int', size: 16, signed: false },
  float: { kind: 'float', size: 4 },
  double: { kind: 'float', size: 8 },
  'long double': { kind: 'float', size: 16 },
} as const satisfies Record<string, Primitive>;

/** A canonical primitive spelling. */
export type PrimitiveName = keyof typeof PRIMITIVES;

/** Every other spelling of a primitive type, and the standard typedefs, by the canonical type each names. */
export const PRIMITIVE_ALIASES = {
  _Bool: 'bool',
  'short int': 'short',
  'signed short': 'short',
  'signed short int': 'short',
  'unsigned short int': 'unsigned short',
  signed: 'int',
  'signed int': 'int',
  unsigned: 'unsigned int',
  'long int': 'long',
  'signed long': 'long',
  'signed long int': 'long',
  'unsigned long int': 'unsigned long',
  'long long int': 'long long',
  'signed long long': 'long long',
  'signed long long int': 'long long',
  'unsigned long long int': 'unsigned long long',
  int8_t: 'signed char',
  uint8_t: 'unsigned char',
  int16_t: 'short',
  uint16_t: 'unsigned short',
  int32_t: 'int',
  uint32_t: 'unsigned int',
  int64_t: 'long',
  uint64_t: 'unsigned long',
  size_t: 'unsigned long',
  ssize_t: 'long',
  intptr_t: 'long',
  uintptr_t: 'unsigned long',
  ptrdiff_t: 'long',
  'signed __int128': '__int128',
  __int128_t: '__int128',
  __uint128_t: 'unsigned __int128',
} as const satisfies Record<string, PrimitiveName>;

/** Every spelling of a primitive type the runtime reads: canonical ones and aliases. */
export type PrimitiveSpelling = PrimitiveName | keyof typeof PRIMITIVE_ALIASES;

/** The canonical spelling of a primitive spelling (`int32_t` → `int`). */
export type CanonicalOf<S extends PrimitiveSpelling> = S extends keyof typeof PRIMITIVE_ALIASES
  ? (typeof PRIMITIVE_ALIASES)[S]
  : S;

/** What a value of the canonical primitive `P` is in JS. */
export type PrimitiveValue<P extends PrimitiveName> = (typeof PRIMITIVES)[P] extends { kind: 'void' }
  ? never
  : (typeof PRIMITIVES)[P] extends { bool: true }
    ? boolean
    : (typeof PRIMITIVES)[P] extends { kind: 'int'; size: 8 | 16 }
      ? bigint
      : number;
