import type { IntRange } from './convert.cjs';
import { PRIMITIVE_ALIASES, PRIMITIVES } from './primitives.cjs';
import { boolType, floatType, intType } from './scalar-type.cjs';
import { arraysOfType, CONST_CHAR_POINTERS, POINTERS, pooled } from './type-pool.cjs';

export { floatType, intType, LE } from './scalar-type.cjs';

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
  /** the element fast path's check: true when `v` may be written as it is (else `checkInt` decides). */
  fits(v: unknown): boolean;
  read(dv: DataView, off: number): number | bigint | boolean;
  write(dv: DataView, off: number, v: number | bigint): void;
}

/** float and double. */
export interface FloatType extends Base {
  readonly kind: 'float';
  fits(v: unknown): boolean;
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

/**
 * A function type: only behind pointers. A pointer to one is callable from JS (fn-pointer.cts):
 * `call` is the generated wrapper that checks the arguments and calls the type's C trampoline with
 * the pointer first; a type JS cannot call (variadic, or a type that does not convert) has none,
 * and `why` says why.
 */
export interface FunctionType extends Base {
  readonly kind: 'function';
  readonly call: ((p: unknown, ...args: unknown[]) => unknown) | undefined;
  readonly why: string;
}

const POINTER_SIZE = 8;

/**
 * `T[n]` as C spells it: the new dimension goes before those of `of`, so an array of two `int[3]`
 * is `int[2][3]` (and `ffi.new('int[2][3]')` is named as it was written).
 */
export function arraySpelling(of: RtType, length: number | undefined): string {
  let inner = of;
  while (inner.kind === 'array') inner = inner.of;
  return `${inner.name}[${length ?? ''}]${of.name.slice(inner.name.length)}`;
}

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

/** A function type (only behind pointers), named by its canonical spelling; `call`: see {@link FunctionType}. */
export function functionType(name: string, call?: FunctionType['call'], why = ''): FunctionType {
  return { kind: 'function', name, size: 1, align: 1, call, why };
}

/**
 * Every C type a module knows, by name. Built once by the generated `index.js` from the IR;
 * `parse` reads C spellings such as `'struct foo *'`, `'int[16]'`, `'char[]'`.
 */
export class TypeRegistry {
  private readonly byName = new Map<string, RtType>();
  // shared by every module of this runtime (type-pool.cts): one `T *` object per pointee
  private readonly pointers = POINTERS;
  private readonly constCharPointers = CONST_CHAR_POINTERS;
  /** `ffi.new('z_stream *')` in a loop parses its spelling once. */
  private readonly parsed = new Map<string, RtType>();
  readonly void: VoidType = pooled({ kind: 'void', name: 'void', size: 1, align: 1 });

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
    const c = pooled(t); // the same type as another module's of that spelling and layout
    this.byName.set(c.name, c);
    return c;
  }

  /** Every name `get` knows (typedefs, `struct x`, enums, primitives and their spellings), sorted. */
  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  /** Records an enum's constants on its type (`ffi.typeof('enum color').elements`). */
  elements(t: RtType, list: readonly (readonly [string, number | bigint])[]): void {
    (t as { elements?: Record<string, number | bigint> }).elements = Object.freeze(Object.fromEntries(list));
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
    const key = arraySpelling(of, length);
    const arrays = arraysOfType(of);
    let a = arrays.get(key);
    if (!a) {
      a = { kind: 'array', name: key, size: length === undefined ? 0 : of.size * length, align: of.align, of, length };
      arrays.set(key, a);
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
    // a pointer to a function as ffi.typeof spells it, `int (*)(int, int)`, and pointers to one (`... *`)
    const fp = /^([^()]*?)\s*\(\s*\*\s*\)\s*\(([^()]*)\)\s*((?:\*\s*)*)$/.exec(spelling.trim());
    if (fp) {
      let t: RtType = this.pointer(this.get(functionSpelling(fp[1]!, fp[2]!)));
      for (let i = fp[3]!.split('*').length - 1; i > 0; i--) t = this.pointer(t);
      return t;
    }
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

/** `int` and `const char*, int` → `int (char *, int)`: a function type as a module names it (no qualifiers). */
function functionSpelling(result: string, params: string): string {
  const norm = (t: string): string =>
    t
      .replace(/\b(const|volatile|restrict)\b/g, ' ')
      .replace(/\s*\*/g, ' *')
      .replace(/\*\s+(?=\*)/g, '*')
      .replace(/\s+/g, ' ')
      .trim();
  const list = params.trim() === '' ? ['void'] : params.split(',').map(norm);
  return `${norm(result)} (${list.join(', ')})`;
}
