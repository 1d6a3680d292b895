import { intRange, type IntRange } from './convert.cjs';
import { intCode, PRIMITIVE_ALIASES, PRIMITIVES, type IntCode } from './primitives.cjs';

/**
 * The runtime's C types: what the `ffi` functions and the pointer views need to know about a
 * type (size, how to read and write one, its C spelling). Typedef names are aliases of the
 * same object, so `z_stream` and `struct z_stream_s` are one type.
 */
export type RtType = IntType | FloatType | VoidType | PointerType | ArrayType | RecordType | FunctionType;

interface Base {
  /** the C spelling, canonical (`struct z_stream_s`, `unsigned int`, `char *`). */
  readonly name: string;
  readonly size: number;
  readonly align: number;
}

/** Integers (bool and enums included). */
export interface IntType extends Base {
  readonly kind: 'int';
  readonly range: IntRange;
  read(dv: DataView, off: number): number | bigint | boolean;
  write(dv: DataView, off: number, v: number | bigint): void;
}

/** float and double. */
export interface FloatType extends Base {
  readonly kind: 'float';
  read(dv: DataView, off: number): number;
  write(dv: DataView, off: number, v: number): void;
}

/** void: only behind pointers. */
export interface VoidType extends Base {
  readonly kind: 'void';
}

/** `T *`. `string` is set for `const char *`, which reads as a JS string. */
export interface PointerType extends Base {
  readonly kind: 'pointer';
  readonly to: RtType;
  readonly string: boolean;
  /** a pointer to void or to 1-byte integers: also takes strings and buffers. */
  readonly bytes: boolean;
}

/** `T[n]`, or `T[]` when the length is unknown. */
export interface ArrayType extends Base {
  readonly kind: 'array';
  readonly of: RtType;
  readonly length: number | undefined;
}

/** A field as `ffi.offsetof` and initialisers see it. */
export interface FieldInfo {
  readonly name: string;
  readonly offset: number;
  readonly type: RtType;
  readonly bitOffset?: number;
  readonly bitWidth?: number;
}

/** A struct or union; `view` is the generated class whose accessors read its fields. */
export interface RecordType extends Base {
  readonly kind: 'record';
  readonly opaque: boolean;
  fields: readonly FieldInfo[];
  view: (new (t: RtType, a: bigint, o?: any, x?: number) => unknown) | undefined;
}

/** A function type: only behind pointers. */
export interface FunctionType extends Base {
  readonly kind: 'function';
}

/** true on little-endian hosts: every DataView access in generated code uses it. */
export const LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Access = readonly [
  (dv: DataView, o: number) => number | bigint,
  (dv: DataView, o: number, v: number | bigint) => void,
];
// One closure per code rather than a lookup of `get${INT_CODES[code].dataView}`: each stays monomorphic.
const ACCESS: Record<Exclude<IntCode, 'bool'>, Access> = {
  i8: [(d, o) => d.getInt8(o), (d, o, v) => d.setInt8(o, v as number)],
  u8: [(d, o) => d.getUint8(o), (d, o, v) => d.setUint8(o, v as number)],
  i16: [(d, o) => d.getInt16(o, LE), (d, o, v) => d.setInt16(o, v as number, LE)],
  u16: [(d, o) => d.getUint16(o, LE), (d, o, v) => d.setUint16(o, v as number, LE)],
  i32: [(d, o) => d.getInt32(o, LE), (d, o, v) => d.setInt32(o, v as number, LE)],
  u32: [(d, o) => d.getUint32(o, LE), (d, o, v) => d.setUint32(o, v as number, LE)],
  i64: [(d, o) => d.getBigInt64(o, LE), (d, o, v) => d.setBigInt64(o, v as bigint, LE)],
  u64: [(d, o) => d.getBigUint64(o, LE), (d, o, v) => d.setBigUint64(o, v as bigint, LE)],
};

/** An integer type of `size` bytes. */
export function intType(name: string, size: number, signed: boolean): IntType {
  const [read, write] = ACCESS[intCode(size, signed) as Exclude<IntCode, 'bool'>];
  return { kind: 'int', name, size, align: size, range: intRange(name, size, signed), read, write };
}

/** C's bool: reads as true/false, takes true/false or 0/1. */
function boolType(): IntType {
  return {
    kind: 'int',
    name: 'bool',
    size: 1,
    align: 1,
    range: { name: 'bool', min: 0n, max: 1n, big: false },
    read: (d, o) => d.getUint8(o) !== 0,
    write: (d, o, v) => d.setUint8(o, Number(v)),
  };
}

/** float (4 bytes) or double (8 bytes). */
export function floatType(name: string, size: number): FloatType {
  return size === 4
    ? {
        kind: 'float',
        name,
        size,
        align: 4,
        read: (d, o) => d.getFloat32(o, LE),
        write: (d, o, v) => d.setFloat32(o, v, LE),
      }
    : {
        kind: 'float',
        name,
        size,
        align: 8,
        read: (d, o) => d.getFloat64(o, LE),
        write: (d, o, v) => d.setFloat64(o, v, LE),
      };
}

const POINTER_SIZE = 8;

/** `T *` as C spells it: `char **`, `struct s *`, and for functions `int (*)(int)`. */
export function pointerSpelling(to: RtType): string {
  if (to.kind === 'function') {
    const open = to.name.indexOf(' (');
    return open < 0 ? `${to.name} *` : `${to.name.slice(0, open)} (*)${to.name.slice(open + 1)}`;
  }
  return to.kind === 'pointer' ? `${to.name}*` : `${to.name} *`;
}

/** A struct or union type; the generated code fills `fields` and `view` after defining it. */
export function recordType(name: string, size: number, align: number, opaque: boolean): RecordType {
  return { kind: 'record', name, size, align, opaque, fields: [], view: undefined };
}

/** A function type (only behind pointers), named by its canonical spelling. */
export function functionType(name: string): FunctionType {
  return { kind: 'function', name, size: 1, align: 1 };
}

/**
 * Every C type a module knows, by name. Built once by the generated `index.js` from the IR;
 * `parse` reads C spellings such as `'struct foo *'`, `'int[16]'`, `'char[]'`.
 */
export class TypeRegistry {
  private readonly byName = new Map<string, RtType>();
  private readonly pointers = new Map<RtType, PointerType>();
  private readonly constCharPointers = new Map<RtType, PointerType>();
  private readonly arrays = new Map<string, ArrayType>();
  /** `ffi.new('z_stream *')` in a loop parses its spelling once. */
  private readonly parsed = new Map<string, RtType>();
  readonly void: VoidType = { kind: 'void', name: 'void', size: 1, align: 1 };

  /** `charSigned`: whether plain `char` is signed on the target (the IR records it). */
  constructor(charSigned: boolean) {
    // the primitive types and all their spellings, from the one table (primitives.cts)
    for (const [name, p] of Object.entries(PRIMITIVES)) {
      if (p.kind === 'void') this.define(this.void);
      else if (p.kind === 'float') this.define(floatType(name, p.size));
      else if ('bool' in p) this.define(boolType());
      else this.define(intType(name, p.size, 'signed' in p ? p.signed : charSigned));
    }
    for (const [alias, target] of Object.entries(PRIMITIVE_ALIASES)) this.alias(alias, this.get(target));
  }

  /** Registers a type under its own name. */
  define<T extends RtType>(t: T): T {
    this.byName.set(t.name, t);
    return t;
  }

  /** Registers a typedef name for `t`. */
  alias(name: string, t: RtType): void {
    this.byName.set(name, t);
  }

  /** The type called `name` (a typedef, `struct x`, a primitive); throws a TypeError naming it. */
  get(name: string): RtType {
    const t = this.byName.get(name);
    if (!t)
      throw new TypeError(
        `unknown C type '${name}': this module declares no such type (is it excluded, or spelled differently?)`,
      );
    return t;
  }

  /** `T *` (one object per pointee, so pointer types compare with ===). */
  pointer(to: RtType, constChar = false): PointerType {
    // only plain `const char *` reads as a string; `const unsigned char *` is bytes
    const cache = constChar && to.kind === 'int' && to.name === 'char' ? this.constCharPointers : this.pointers;
    let p = cache.get(to);
    if (!p) {
      const name = pointerSpelling(to);
      p = {
        kind: 'pointer',
        name: cache === this.constCharPointers ? `const ${name}` : name,
        size: POINTER_SIZE,
        align: POINTER_SIZE,
        to,
        string: cache === this.constCharPointers,
        bytes: to.kind === 'void' || (to.kind === 'int' && to.size === 1 && to.name !== 'bool'),
      };
      cache.set(to, p);
    }
    return p;
  }

  /** `T[n]` or `T[]`. */
  array(of: RtType, length: number | undefined): ArrayType {
    const key = `${of.name}[${length ?? ''}]`;
    let a = this.arrays.get(key);
    if (!a) {
      a = { kind: 'array', name: key, size: length === undefined ? 0 : of.size * length, align: of.align, of, length };
      this.arrays.set(key, a);
    }
    return a;
  }

  /** Reads a C type spelling: `'z_stream *'`, `'const char *'`, `'int[16]'`, `'char[]'`, `'struct foo'`. */
  parse(spelling: string): RtType {
    const known = this.parsed.get(spelling);
    if (known !== undefined) return known;
    const t = this.parseUncached(spelling);
    this.parsed.set(spelling, t);
    return t;
  }

  private parseUncached(spelling: string): RtType {
    if (typeof spelling !== 'string')
      throw new TypeError(`expected a C type spelling such as 'int *', got ${typeof spelling}`);
    const m = /^(.*?)\s*((?:\*\s*(?:const\s*)?)*)\s*((?:\[\s*\d*\s*\]\s*)*)$/.exec(spelling.trim());
    if (!m) throw new TypeError(`cannot read the C type '${spelling}'`);
    const base = m[1]!
      .replace(/\b(const|volatile|restrict)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    let t = this.get(base);
    const stars = (m[2] ?? '').split('*').length - 1;
    const isConst = /\bconst\b/.test(m[1]!);
    for (let i = 0; i < stars; i++) t = this.pointer(t, i === 0 && isConst);
    // `int[2][3]` is two arrays of three ints: the last bracket is the innermost; only the first may be empty
    const dims = [...(m[3] ?? '').matchAll(/\[\s*(\d*)\s*\]/g)].map((d) => (d[1] === '' ? undefined : Number(d[1])));
    if (dims.slice(1).some((d) => d === undefined))
      throw new TypeError(`cannot read the C type '${spelling}': only the first array dimension may be left empty`);
    for (let i = dims.length - 1; i >= 0; i--) t = this.array(t, dims[i]);
    return t;
  }
}
