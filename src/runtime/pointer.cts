/**
 * Pointers to C memory: the classes every cdata is made of (`Pointer`, `PlainPointer`,
 * `StructPointer`, `CArray`), how a JS object is made for an address (`wrap`), and the checked
 * element access they share (`p.get(i)`, and `p[i]` through the guard). Scalars are read and
 * written by scalar.cts, memory is owned and released by owner.cts and memory.cts.
 */
import { describe } from './convert.cjs';
import { arraySpelling, type RtType } from './ctype.cjs';
import { guardWrites } from './guard.cjs';
import { getAt, readElement, setAt, writeElement } from './element.cjs';
import { callablePointer } from './fn-pointer.cjs';
import { release } from './memory.cjs';
import { KEEP, ROOT, type Owner } from './owner.cjs';
import { alive, compare, dereferenceable, difference, extent, ptrName, tooLarge, viewAt } from './bounds.cjs';
import { cView } from './window.cjs';

/** The symbol under which cdata objects tell their C type (also used by `describe`). */
export const CTYPE = Symbol.for('cffi-import.ctype');

/**
 * The root of the brand: a constructor given an object returns it, so that `new Pointer(f)` stamps
 * Pointer's private brand on an object made elsewhere (a callable function pointer, fn-pointer.cts).
 */
class Stampable {
  constructor(o?: object) {
    if (o !== undefined) return o;
  }
}

/**
 * A pointer to C memory: `$a` is the exact address (a BigInt), `$t` the pointee type. `$o` keeps
 * what the memory belongs to alive (the ArrayBuffer of `ffi.new`, a Buffer of `ffi.fromBuffer`);
 * `$x` is the offset inside `$o` when `$o` is an ArrayBuffer. Derived pointers (`add`, fields,
 * elements) share `$o`, so the memory outlives every pointer into it.
 */
export class Pointer extends Stampable {
  /**
   * The brand: only objects this runtime made carry it, so an object shaped like a pointer (`{ $t, $a }`,
   * or one whose prototype was set to a pointer's) is never taken for one, whatever `Object.prototype` holds.
   */
  #cdata = true;

  /** @internal whether `v` is a pointer this runtime made (the brand check; never throws). */
  static is(v: unknown): v is Pointer {
    return (typeof v === 'object' || typeof v === 'function') && v !== null && #cdata in v;
  }
  // Set by each leaf class's own constructor (PlainPointer, CArray, every generated record view),
  // so that the stores stay monomorphic per class: one shared constructor would see a map per
  // record class and go megamorphic in a module with hundreds of records (bench/: 1.6x a call).
  /** @internal */ declare $a: bigint | undefined;
  /** @internal */ declare $t: RtType;
  /** @internal */ declare $o: Owner | undefined;
  /** @internal */ declare $x: number;
  /**
   * @internal a DataView over what this points to, made on first access (prototype getters) and
   * then an own property: the record for a struct view, the known elements for the others.
   */
  declare $v: DataView;
  /** @internal how many elements `$v` holds (set with it; undefined until then): the fast path's bound. */
  declare $k: number;

  /** The address, exact. Throws after `ffi.release`. */
  get address(): bigint {
    return alive(this, 'address');
  }

  /**
   * `p + n` in C; an array decays to a pointer (`int[4]` → `int *`). Within memory of known extent the
   * result stays inside it or one past its end (bounds.cts), so no pointer outside its memory reaches C.
   */
  add(n: number): Pointer {
    if (!Number.isSafeInteger(n))
      throw new RangeError(`add(): the element count must be an integer, got ${describe(n)}`);
    const a = alive(this, 'add()');
    const step = this.$t.size;
    const [lo, hi] = extent(this);
    const x = this.$x + n * step;
    if (x < lo || x > hi)
      throw new RangeError(
        `add(${n}): cdata '${this[CTYPE]}' would point outside its memory ` +
          `(${lo - this.$x} to ${hi - this.$x} bytes from here are valid, asked ${n * step})`,
      );
    const Cls = (this instanceof CArray ? PlainPointer : this.constructor) as new (
      t: RtType,
      a: bigint,
      o?: Owner,
      x?: number,
    ) => Pointer;
    return new Cls(this.$t, a + BigInt(n * step), this.$o, this.$x + n * step);
  }

  /** Element `i` (`p[i]`), converted to JS: a number, a bigint, a string, or a pointer/struct view. */
  get(i = 0): unknown {
    return getAt(this, i);
  }

  /** Stores `v` into element `i` (`p[i] = v`), range-checked; records and arrays are copied. */
  set(i: number, v: unknown): void {
    setAt(this, i, v);
  }

  /** @internal the nested record or array `off` bytes in, sharing this memory and its owner. */
  $member(off: number, t: RtType): Pointer {
    const a = alive(this, 'member') + BigInt(off);
    const m =
      t.kind === 'array'
        ? new CArray(t.of, a, this.$o, this.$x + off, t.length)
        : (wrap(t, a, this.$o, this.$x + off) as Pointer);
    // C memory: a view into this one's, not a new external ArrayBuffer (~1 µs) per `s.arr` or `a[i].x`
    if (this.$o === undefined) {
      const pv = this.$v;
      if (off + t.size <= pv.byteLength && t.size > 0) {
        if (t.kind === 'array') m.$k = t.length ?? 0;
        installView(m, new DataView(pv.buffer, pv.byteOffset + off, t.size));
      }
    }
    return m;
  }

  /** `p[0]`. */
  get value(): unknown {
    return this.get(0);
  }
  set value(v: unknown) {
    this.set(0, v);
  }

  /** True when both point to the same address. */
  equals(other: Pointer | null): boolean {
    return other === null ? this.$a === 0n : Pointer.is(other) && other.$a === this.$a;
  }

  /** Never true for a pointer from JS (NULL reads as `null`); a released pointer throws. */
  isNull(): boolean {
    return alive(this, 'isNull()') === 0n;
  }

  /** `p - q` in C: how many elements of this type lie between `other` and this. */
  difference(other: Pointer): number {
    return difference(this, other);
  }

  /** Orders by address: negative, 0 or positive, as `p < q`, `p == q`, `p > q` in C. */
  compare(other: Pointer | null): number {
    return compare(this, other);
  }

  get [CTYPE](): string {
    return ptrName(this.$t);
  }

  /** `using p = ffi.new(...)`: released at the end of the block. */
  [Symbol.dispose](): void {
    release(this);
  }

  toString(): string {
    return `<cdata '${ptrName(this.$t)}' 0x${(this.$a ?? 0n).toString(16)}>`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /** @internal a DataView over element i; a known length (an array's, or its memory's) is checked. */
  $elementView(i: number): DataView {
    const t = dereferenceable(this);
    if (!Number.isInteger(i)) throw new TypeError(`index must be an integer, got ${describe(i)}`);
    const o = this.$o;
    if (o?.mem !== undefined && !o.dead && i >= 0) {
      const n = Math.floor((o.end - this.$x) / t.size);
      if (i >= n) throw tooLarge(ptrName(t), i, n);
    }
    return viewAt(this, i * t.size, t.size);
  }
}

/** Gives `o` (a callable function pointer, made as a function) the brand of pointers made here. */
export function stamp<T extends object>(o: T): T {
  return new (Pointer as unknown as new (o: object) => T)(o);
}

/**
 * A pointer to a struct or union; the generated class per record adds one accessor per field over
 * `this.$v`, a DataView made on first access by the getter below (docs/representations.md).
 */
export class StructPointer extends Pointer {}

/** A pointer to anything but a complete record (those get their generated view class). */
export class PlainPointer extends Pointer {
  constructor(t: RtType, a: bigint, o?: Owner, x = 0) {
    super();
    this.$t = t;
    this.$a = a;
    this.$o = o;
    this.$x = x;
  }
}

/** @internal Makes `v` the pointer's own `$v` (the prototypes only have the lazy getters). */
export function installView(p: Pointer, v: DataView): DataView {
  Object.defineProperty(p, '$v', { value: v, writable: true, configurable: true });
  return v;
}
Object.defineProperty(StructPointer.prototype, '$v', {
  get(this: StructPointer): DataView {
    return installView(this, viewAt(this, 0, this.$t.size));
  },
});

/** `T[n]` (or `T[]`): a pointer with a length; indexes are bounds-checked. */
export class CArray extends Pointer {
  /** @internal */ $n: number | undefined;

  constructor(t: RtType, a: bigint, o?: Owner, x = 0, n?: number) {
    super();
    this.$t = t;
    this.$a = a;
    this.$o = o;
    this.$x = x;
    this.$n = n;
  }

  /** The number of elements, when known. */
  get length(): number {
    // `T[]` in JS-owned memory (a flexible array member from ffi.new): as many as the memory holds
    const o = this.$o;
    if (this.$n === undefined && o?.mem !== undefined && this.$t.size > 0)
      return Math.floor((o.end - this.$x) / this.$t.size);
    if (this.$n === undefined) throw new TypeError(`cdata '${this[CTYPE]}' has no known length`);
    return this.$n;
  }

  override $elementView(i: number): DataView {
    const n = this.$n;
    if (n !== undefined && Number.isInteger(i) && (i < 0 || i >= n)) {
      if (i < 0) throw new RangeError(`negative index for cdata '${this[CTYPE]}' (got ${i})`);
      throw tooLarge(this[CTYPE], i, n);
    }
    return super.$elementView(i);
  }

  override get [CTYPE](): string {
    return arraySpelling(this.$t, this.$n);
  }

  *[Symbol.iterator](): IterableIterator<unknown> {
    for (let i = 0; i < this.length; i++) yield getAt(this, i);
  }
}

/** An empty view: every element access misses it and takes the checked path. */
const EMPTY = new DataView(new ArrayBuffer(0));

/**
 * The view behind `getAt`'s fast path: the elements known to be there. JS-owned memory: all of it
 * from here on (at most the array's length); C memory: the array's elements, or the first element
 * of a pointer of unknown length (`pdb[0]`; others get a view each, as C does not say how far it goes).
 */
Object.defineProperty(Pointer.prototype, '$v', {
  get(this: Pointer): DataView {
    const t = dereferenceable(this);
    const a = alive(this, 'dereference');
    if (a === 0n) throw new TypeError(`cannot dereference null pointer '${ptrName(t)}'`);
    const n = this instanceof CArray ? this.$n : undefined;
    const o = this.$o;
    let bytes = (n ?? 1) * t.size;
    let dv = EMPTY;
    if (o?.mem !== undefined) {
      bytes = Math.min(n === undefined ? Infinity : bytes, o.end - this.$x);
      if (this.$x >= 0 && bytes > 0) dv = new DataView(o.mem, this.$x, bytes);
    } else if (bytes > 0) dv = cView(a, bytes, o);
    this.$k = Math.floor(dv.byteLength / t.size);
    return installView(this, dv);
  },
});

/** A JS object for the pointer `a` to `t` (a struct view for complete records); null for NULL. */
export function wrap(t: RtType, a: bigint, o?: Owner, x = 0): Pointer | null {
  if (a === 0n) return null;
  if (t.kind === 'record' && t.view) return new t.view(t, a, o, x) as Pointer;
  if (t.kind === 'function') return callablePointer(t, a, o, x);
  return new PlainPointer(t, a, o, x);
}

/** A pointer a C function returned (null for NULL, see cffi_from_result_ptr): a struct view or a plain pointer. */
export function wrapResult(t: RtType, a: bigint | null): Pointer | null {
  return a === null ? null : wrap(t, a);
}

// through arrows: element.cts may still be loading when this runs (it imports this module too)
guardWrites(
  Pointer.prototype,
  ['$a', '$t', '$o', '$x', '$n', '$k', KEEP, ROOT],
  CTYPE,
  (p, key) => readElement(p as Pointer, key),
  (p, key, v) => writeElement(p as Pointer, key, v),
);

export { alive, extent, fault, ptrName, released, viewAt } from './bounds.cjs';
