/**
 * What `ffi` tells about types: `ffi.typeof` (a type object per C type, one object each, so two
 * spellings of one type compare with `===`), `ffi.offsetof` over field paths (`'a.b[2]'`, bitfields
 * included), `ffi.sizeof`, `ffi.alignof` and `ffi.listTypes`.
 */
import { opaqueMessage } from './opaque.cjs';
import { describe } from './convert.cjs';
import type { FieldInfo, RtType, TypeRegistry } from './ctype.cjs';
import { CArray, Pointer } from './pointer.cjs';
import { Scalar } from './vararg.cjs';

/** A C type as `ffi.typeof` describes it (CFFI's ctype: `cname`, `kind`, `fields`, `item`, `length`, `elements`). */
export class CType {
  /** The canonical C spelling (`struct point *`, `int[4]`). */
  readonly cname: string;
  /** `primitive` (integers, bool, enums, floats), `pointer`, `array`, `struct`, `union`, `void`, `function`. */
  readonly kind: string;
  /** @internal */ readonly $t: RtType;
  /** @internal */ private readonly reg: TypeInfo;

  constructor(t: RtType, reg: TypeInfo) {
    this.$t = t;
    this.reg = reg;
    this.cname = t.name;
    this.kind =
      t.kind === 'int' || t.kind === 'float'
        ? 'primitive'
        : t.kind === 'record'
          ? t.name.startsWith('union')
            ? 'union'
            : 'struct'
          : t.kind;
  }

  /** The pointee of a pointer, the element of an array; undefined otherwise. */
  get item(): CType | undefined {
    const t = this.$t;
    return t.kind === 'pointer' ? this.reg.of(t.to) : t.kind === 'array' ? this.reg.of(t.of) : undefined;
  }

  /** An array's length (undefined for `T[]` and for anything else). */
  get length(): number | undefined {
    return this.$t.kind === 'array' ? this.$t.length : undefined;
  }

  /** A record's fields in order: name, type, byte offset, and for bitfields the bit position and width. */
  get fields(): readonly FieldDescription[] | undefined {
    const t = this.$t;
    if (t.kind !== 'record' || t.opaque) return undefined;
    return t.fields.map((f) => ({
      name: f.name,
      type: this.reg.of(f.type),
      offset: f.offset,
      ...(f.bitWidth !== undefined ? { bitOffset: f.bitOffset, bitWidth: f.bitWidth } : {}),
    }));
  }

  /** An enum's constants by name (undefined for other types). */
  get elements(): Readonly<Record<string, number | bigint>> | undefined {
    return (this.$t as { elements?: Record<string, number | bigint> }).elements;
  }

  /** Size in bytes (a TypeError for void, functions and opaque records). */
  get size(): number {
    return sizeOf(this.$t, 'size');
  }

  toString(): string {
    return this.cname;
  }
  toJSON(): string {
    return this.cname;
  }
  [Symbol.toPrimitive](): string {
    return this.cname;
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.cname;
  }
}

/** A field as `CType.fields` lists it. */
export interface FieldDescription {
  readonly name: string;
  readonly type: CType;
  readonly offset: number;
  readonly bitOffset?: number;
  readonly bitWidth?: number;
}

/** Where a bitfield lies: `ffi.offsetof(type, path)` for a bitfield path. */
export interface BitOffset {
  /** The byte holding its first bit. */
  readonly offset: number;
  /** Its first bit, counted from the start of the outer record. */
  readonly bit: number;
  /** Its width in bits. */
  readonly width: number;
}

/** Size of a type for `ffi.sizeof`, with a TypeError where C has none. */
export function sizeOf(t: RtType, what: string): number {
  if (t.kind === 'record' && t.opaque) throw new TypeError(`ffi.${what}: '${t.name}' is opaque (no definition)`);
  if (t.kind === 'void' || t.kind === 'function') throw new TypeError(`ffi.${what}: '${t.name}' has no size`);
  if (t.kind === 'array' && t.length === undefined)
    throw new TypeError(`ffi.${what}: '${t.name}' has no length (give one: '${t.of.name}[4]')`);
  return t.size;
}

/**
 * One type object per C type in the process: modules share their types (type-pool.cts), so
 * `ffi.typeof` of one module's `z_stream` is another's.
 */
const OBJECTS = new WeakMap<RtType, CType>();

/** The type half of `ffi`, over one module's registry. */
export class TypeInfo {
  constructor(private readonly types: TypeRegistry) {}

  /** The type object of `t` (one per type). */
  of(t: RtType): CType {
    let c = OBJECTS.get(t);
    if (c === undefined) OBJECTS.set(t, (c = new CType(t, this)));
    return c;
  }

  /** A C spelling, a type object, or what a cdata (pointer, array, struct view, typed scalar) is. */
  resolve(v: unknown, fn: string): RtType {
    if (typeof v === 'string') return this.types.parse(v);
    if (v instanceof CType) return v.$t;
    if (Pointer.is(v)) return v instanceof CArray ? this.types.array(v.$t, v.$n) : this.types.pointer(v.$t);
    if (v instanceof Scalar) return v.$t;
    throw new TypeError(`${fn}: expected a C type spelling, a type from ffi.typeof or a cdata, got ${describe(v)}`);
  }

  /**
   * The byte offset of a field path in a record (or in what a pointer points to): `'pos.x'`,
   * `'cells[2][1]'`; for a bitfield its byte, bit and width ({@link BitOffset}).
   */
  offsetof(type: unknown, path: unknown): number | BitOffset {
    return this.offsetIn(this.resolve(type, 'ffi.offsetof'), path);
  }

  /** `offsetof` in the type `t` itself. */
  offsetIn(t: RtType, path: unknown): number | BitOffset {
    if (t.kind === 'pointer') t = t.to;
    if (typeof path !== 'string')
      throw new TypeError(
        `ffi.offsetof('${t.name}'): the field path must be a string such as 'a.b[2]', got ${describe(path)}`,
      );
    const where = `ffi.offsetof('${t.name}', ${JSON.stringify(path)})`;
    let off = 0;
    let field: FieldInfo | undefined;
    for (const part of path.split('.')) {
      const m = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/u.exec(part);
      if (m === null) throw new TypeError(`${where}: '${part}' is not a field name with optional [index]es`);
      if (t.kind === 'record' && t.opaque) throw new TypeError(opaqueMessage(where, t));
      if (t.kind !== 'record') throw new TypeError(`${where}: '${t.name}' has no fields`);
      const name = m[1]!;
      field = t.fields.find((x) => x.name === name);
      if (field === undefined) throw new TypeError(`${where}: '${t.name}' has no field '${name}'`);
      off += field.offset;
      t = field.type;
      for (const idx of m[2]!.match(/\d+/g) ?? []) {
        if (t.kind !== 'array') throw new TypeError(`${where}: '${t.name}' is not an array and cannot be indexed`);
        const i = Number(idx);
        if (t.length !== undefined && i >= t.length)
          throw new RangeError(`${where}: index ${i} is beyond '${t.name}' (0..${t.length - 1})`);
        off += i * t.of.size;
        t = t.of;
        field = undefined;
      }
    }
    if (field?.bitWidth !== undefined) {
      const bit = (off - field.offset) * 8 + (field.bitOffset ?? field.offset * 8);
      return { offset: Math.floor(bit / 8), bit, width: field.bitWidth };
    }
    return off;
  }

  /** The type a field path leads to (for `ffi.addressof`). */
  fieldType(t: RtType, path: string): RtType {
    let cur = t;
    for (const part of path.split('.')) {
      const m = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/u.exec(part)!;
      if (cur.kind !== 'record') throw new TypeError(`'${cur.name}' has no field '${part}'`);
      cur = cur.fields.find((f) => f.name === m[1])!.type;
      for (let k = (m[2]!.match(/\[/g) ?? []).length; k > 0; k--) if (cur.kind === 'array') cur = cur.of;
    }
    return cur;
  }

  /** Every type name the module knows (typedefs, `struct x`, enums, primitives), sorted. */
  listTypes(): string[] {
    return this.types.names();
  }
}
