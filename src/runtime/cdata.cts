import { checkFloat, checkInt, describe } from './convert.cjs';
import { pointerSpelling, type RtType } from './ctype.cjs';

/** What the generated native module gives the runtime (see `native/runtime/cffi.h`). */
export interface NativeRuntime {
  $address(buf: ArrayBuffer | ArrayBufferView): bigint;
  $view(addr: bigint, size: number): ArrayBuffer;
  $string(addr: bigint, max: number): string;
  $memmove(dst: bigint, src: bigint, n: number): void;
  $detach(buf: ArrayBuffer): void;
  $errno(set?: number): number;
}

let native: NativeRuntime;

/** Called once by the generated `index.js` with its native module. */
export function bindNative(n: NativeRuntime): void {
  native = n;
}

/**
 * What a pointer's memory belongs to. `mem` is the ArrayBuffer that holds it when JS allocated it
 * (ffi.new, ffi.fromBuffer), so views are bounds-checked; `dead` turns true at `ffi.release`,
 * for the owner and every pointer derived from it.
 */
export class Owner {
  dead = false;
  /** what pointer fields inside this memory point to, by byte offset: kept alive with the memory. */
  kept: Map<number, unknown> | undefined = undefined;
  /** where the memory ends inside `mem` (a Buffer's view may end before its ArrayBuffer does). */
  readonly end: number;
  constructor(
    readonly mem: ArrayBuffer | undefined,
    readonly keep?: unknown,
    end?: number,
  ) {
    this.end = end ?? mem?.byteLength ?? 0;
  }
}

/** How many bytes a cdata is known to hold from where it points (its owner's memory, or its array), if known. */
export function knownBytes(p: Pointer): number | undefined {
  if (p.$o?.mem !== undefined) return p.$o.end - p.$x;
  if (p instanceof CArray && p.$n !== undefined) return p.$n * p.$t.size;
  return undefined;
}

/** The symbol under which cdata objects tell their C type (also used by `describe`). */
export const CTYPE = Symbol.for('cffi-import.ctype');

/**
 * A pointer to C memory: `$a` is the exact address (a BigInt), `$t` the pointee type. `$o` keeps
 * what the memory belongs to alive (the ArrayBuffer of `ffi.new`, a Buffer of `ffi.fromBuffer`);
 * `$x` is the offset inside `$o` when `$o` is an ArrayBuffer. Derived pointers (`add`, fields,
 * elements) share `$o`, so the memory outlives every pointer into it.
 */
export class Pointer {
  // Set by each leaf class's own constructor (PlainPointer, CArray, every generated record view),
  // so that the stores stay monomorphic per class: one shared constructor would see a map per
  // record class and go megamorphic in a module with hundreds of records (bench/: 1.6x a call).
  /** @internal */ declare $a: bigint | undefined;
  /** @internal */ declare $t: RtType;
  /** @internal */ declare $o: Owner | undefined;
  /** @internal */ declare $x: number;

  /** The address, exact. Throws after `ffi.release`. */
  get address(): bigint {
    return alive(this, 'address');
  }

  /** The pointer `n` elements further (`p + n` in C). */
  add(n: number): Pointer {
    if (!Number.isSafeInteger(n))
      throw new RangeError(`add(): the element count must be an integer, got ${describe(n)}`);
    const a = alive(this, 'add()');
    const step = this.$t.size;
    const Cls = this.constructor as new (t: RtType, a: bigint, o?: Owner, x?: number) => Pointer;
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
    if (t.kind === 'array') return new CArray(t.of, a, this.$o, this.$x + off, t.length);
    return wrap(t, a, this.$o, this.$x + off) as Pointer;
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
    return other === null ? this.$a === 0n : other instanceof Pointer && other.$a === this.$a;
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

  /** @internal a DataView over element i. */
  $elementView(i: number): DataView {
    const t = this.$t;
    if (t.kind === 'void' || t.kind === 'function' || (t.kind === 'record' && t.opaque))
      throw new TypeError(
        `cdata '${ptrName(t)}' cannot be dereferenced: '${t.name}' is ${t.kind === 'record' ? 'opaque' : 'not an object type'}`,
      );
    if (!Number.isInteger(i)) throw new TypeError(`index must be an integer, got ${describe(i)}`);
    return viewAt(this, i * t.size, t.size);
  }
}

/** Where owned memory keeps what frees it: the ArrayBuffer of `ffi.new`, or the destructor of `ffi.gc`. */
export const ROOT = Symbol('cffi-import.root');

/** Frees owned memory now (detaching its ArrayBuffer) or runs its destructor; later use throws. */
export function release(p: Pointer): void {
  const root = (p as unknown as Record<symbol, unknown>)[ROOT];
  if (root === undefined)
    throw new TypeError(
      `ffi.release: cdata '${p[CTYPE]}' owns nothing (only results of ffi.new and ffi.gc can be released)`,
    );
  if (p.$a === undefined) return;
  if (root instanceof ArrayBuffer) native.$detach(root);
  else (root as () => void)();
  if (p.$o) p.$o.dead = true;
  p.$a = undefined;
  if (p instanceof StructPointer && !(root instanceof ArrayBuffer)) installView(p, RELEASED);
}

/** `p[i]` as JS. A module function, so a struct field named `get` cannot shadow it. */
export function getAt(p: Pointer, i: number): unknown {
  const t = p.$t;
  const dv = p.$elementView(i);
  return t.kind === 'record' || t.kind === 'array' ? p.$member(i * t.size, t) : readScalar(t, dv, 0);
}

/** `p[i] = v`, checked; records and arrays are copied by value. */
export function setAt(p: Pointer, i: number, v: unknown, where = `${ptrName(p.$t)}[${i}]`): void {
  const t = p.$t;
  if (t.kind === 'record' || t.kind === 'array') {
    p.$elementView(i);
    copyInto(p, i * t.size, t, v, where);
  } else {
    writeScalar(t, p.$elementView(i), 0, v, where, p, i * t.size);
  }
}

/** `T *` spelled. */
export function ptrName(t: RtType): string {
  return pointerSpelling(t);
}

/** The address of a live pointer, or a TypeError after release. */
export function alive(p: Pointer, what: string): bigint {
  const a = p.$a;
  if (a === undefined || (p.$o !== undefined && p.$o.dead))
    throw new TypeError(`${what}: cdata '${ptrName(p.$t)}' was released`);
  return a;
}

/** A DataView over `size` bytes at `off` from where `p` points, within its owner when known. */
export function viewAt(p: Pointer, off: number, size: number): DataView {
  const a = alive(p, 'dereference');
  if (a === 0n) throw new TypeError(`cannot dereference null pointer '${ptrName(p.$t)}'`);
  const mem = p.$o?.mem;
  if (mem !== undefined) {
    const start = p.$x + off;
    const end = p.$o!.end;
    if (start < 0 || start + size > end)
      throw new RangeError(
        `index out of bounds for cdata '${ptrName(p.$t)}' (the memory holds ${end} bytes, access at byte ${start}..${start + size})`,
      );
    return new DataView(mem, start, size);
  }
  return new DataView(native.$view(a + BigInt(off), size));
}

/** What a released C-memory struct reads through: every access is out of bounds. */
const RELEASED = new DataView(new ArrayBuffer(0));

/**
 * A pointer to a struct or union; the generated class per record extends it with one accessor
 * per field, each reading `this.$v`, a DataView over the record (`get x() { return
 * this.$v.getInt32(0, LE) }`). The view is made on first access, by the prototype getter below,
 * which installs it as an own data property: later reads are as fast as an eager view's, and a
 * pointer that is only passed along never pays for one (for C memory an external ArrayBuffer
 * costs about a microsecond; bench/, docs/representations.md).
 */
export class StructPointer extends Pointer {
  declare $v: DataView;
}

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

/** Makes `v` the struct's own `$v` (the prototype only has the lazy getter). */
function installView(p: StructPointer, v: DataView): DataView {
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
    if (this.$n === undefined) throw new TypeError(`cdata '${this.$t.name}[]' has no known length`);
    return this.$n;
  }

  override $elementView(i: number): DataView {
    if (this.$n !== undefined && (!Number.isInteger(i) || i < 0 || i >= this.$n))
      throw new RangeError(
        `index too large for cdata '${this.$t.name}[${this.$n}]' (expected 0 <= index < ${this.$n}, got ${i})`,
      );
    return super.$elementView(i);
  }

  override get [CTYPE](): string {
    return `${this.$t.name}[${this.$n ?? ''}]`;
  }

  *[Symbol.iterator](): IterableIterator<unknown> {
    for (let i = 0; i < this.length; i++) yield getAt(this, i);
  }
}

/** A JS object for the pointer `a` to `t` (a struct view for complete records); null for NULL. */
export function wrap(t: RtType, a: bigint, o?: Owner, x = 0): Pointer | null {
  if (a === 0n) return null;
  if (t.kind === 'record' && t.view) return new t.view(t, a, o, x) as Pointer;
  return new PlainPointer(t, a, o, x);
}

/** A pointer a C function returned (null for NULL, see cffi_from_result_ptr): a struct view or a plain pointer. */
export function wrapResult(t: RtType, a: bigint | null): Pointer | null {
  if (a === null) return null;
  const View = t.kind === 'record' ? t.view : undefined;
  return View === undefined ? new PlainPointer(t, a) : (new View(t, a) as Pointer);
}

/** A struct or union a C function returned by value (a copy in an ArrayBuffer): an owned view of it. */
export function structResult(t: RtType, ab: ArrayBuffer): Pointer {
  return wrap(t, native.$address(ab), new Owner(ab), 0) as Pointer;
}

/** A copy, in JS-owned memory, of the array or record `p` points to (for `const` globals, which live in read-only memory). */
export function snapshot(p: Pointer): Pointer {
  const t = p.$t;
  const ab = new ArrayBuffer(Math.max(t.size, 1));
  const a = native.$address(ab);
  native.$memmove(a, alive(p, 'read'), t.size);
  const o = new Owner(ab);
  return t.kind === 'array' ? new CArray(t.of, a, o, 0, t.length) : (wrap(t, a, o, 0) as Pointer);
}

/** Reads a scalar or pointer `t` at `off` of `dv`: a number, a bigint, a pointer, or a string for `const char *`. */
export function readScalar(t: RtType, dv: DataView, off: number): unknown {
  switch (t.kind) {
    case 'int':
    case 'float':
      return t.read(dv, off);
    case 'pointer': {
      const a = dv.getBigUint64(off, true);
      if (t.string) return a === 0n ? null : native.$string(a, -1);
      return wrap(t.to, a);
    }
    case 'record':
    case 'array':
    case 'void':
    case 'function':
      throw new TypeError(`cannot read a value of type '${t.name}' as a scalar`);
  }
}

/** Writes JS value `v` as a scalar or pointer `t` at `off` of `dv`, checked; stored pointers are kept alive by `owner`. */
export function writeScalar(
  t: RtType,
  dv: DataView,
  off: number,
  v: unknown,
  where: string,
  owner: Pointer,
  ownerOff = off,
): void {
  switch (t.kind) {
    case 'int':
      return t.write(dv, off, checkInt(v, t.range, where));
    case 'float':
      return t.write(dv, off, checkFloat(v, t.name, where));
    case 'pointer': {
      const kept =
        t.bytes && (typeof v === 'string' || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) ? pinBytes(v) : v;
      dv.setBigUint64(off, kept === v ? pointerIn(v, t.to, where) : native.$address(kept as Uint8Array), true);
      keep(owner, ownerOff, kept);
      return;
    }
    case 'record':
    case 'array':
    case 'void':
    case 'function':
      throw new TypeError(`${where}: cannot store a value of type '${t.name}' as a scalar`);
  }
}

/**
 * Copies `v` into the record or array `off` bytes into `dst`: a cdata of the same type (by value,
 * as C assignment does), or for char arrays a string or bytes that fit with their NUL.
 */
export function copyInto(dst: Pointer, off: number, t: RtType, v: unknown, where: string): void {
  const a = alive(dst, where) + BigInt(off);
  if (
    t.kind === 'array' &&
    t.of.kind === 'int' &&
    t.of.size === 1 &&
    (typeof v === 'string' || ArrayBuffer.isView(v))
  ) {
    const bytes = typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    // a flexible `char[]` holds what its memory holds, when that is known
    const room = knownBytes(dst);
    const n = t.length ?? (room === undefined ? bytes.length + 1 : room - off);
    const need = bytes.length + (typeof v === 'string' ? 1 : 0);
    if (need > n)
      throw new RangeError(
        `${where}: initializer ${typeof v === 'string' ? 'string' : 'bytes'} too long for '${t.name}' (${need} bytes${typeof v === 'string' ? ' with its NUL' : ''})`,
      );
    const view = new Uint8Array(n);
    view.set(bytes);
    native.$memmove(a, native.$address(view), n);
    return;
  }
  if (!(v instanceof Pointer) || (t.kind === 'record' && v.$t !== t) || (t.kind === 'array' && v.$t !== t.of)) {
    throw new TypeError(`${where}: expected cdata '${t.name}' to copy, got ${describe(v)}`);
  }
  const from = knownBytes(v);
  if (from !== undefined && from < t.size)
    throw new RangeError(`${where}: cdata '${v[CTYPE]}' holds ${from} bytes, '${t.name}' needs ${t.size}`);
  const to = knownBytes(dst);
  if (to !== undefined && to - off < t.size)
    throw new RangeError(`${where}: '${t.name}' (${t.size} bytes) does not fit the ${to - off} bytes left`);
  native.$memmove(a, alive(v, where), t.size);
}

/** Bytes stored into a `char *` field: strings get a NUL-terminated copy; buffers are used as they are. */
function pinBytes(v: string | ArrayBuffer | ArrayBufferView): ArrayBuffer | ArrayBufferView {
  return typeof v === 'string' ? Buffer.from(v + '\0', 'utf8') : v;
}

const KEEP = Symbol('cffi-import.keep');

/**
 * Keeps what was stored into a pointer field alive as long as the memory that holds the field:
 * on its Owner (shared by every view into that memory, however short-lived the view), or for
 * C memory on the view itself.
 */
export function keep(p: Pointer, off: number, v: unknown): void {
  const o = p.$o;
  const key = o === undefined ? off : p.$x + off;
  const holder = (o ?? p) as unknown as { kept?: Map<number, unknown>; [KEEP]?: Map<number, unknown> };
  if (o !== undefined) {
    if (v === null) o.kept?.delete(key);
    else (o.kept ??= new Map()).set(key, v);
  } else if (v === null) holder[KEEP]?.delete(key);
  else (holder[KEEP] ??= new Map()).set(key, v);
}

/** Whether a pointer to `from` may go where a pointer to `to` is expected (same type, or void on either side). */
export function compatible(from: RtType, to: RtType): boolean {
  return from === to || from.kind === 'void' || to.kind === 'void';
}

/**
 * The address to pass for a `to *` argument or field: a pointer of a compatible type, or null.
 * Anything else is a TypeError that names the place and both types.
 */
export function pointerIn(v: unknown, to: RtType, where: string): bigint {
  // Fast path, the shape of every call with the right pointer: one type compare, no instanceof.
  if (v != null && ((v as Pointer).$t === to || to.kind === 'void')) {
    const a = (v as Pointer).$a;
    const o = (v as Pointer).$o;
    if (a !== undefined && (o === undefined || !o.dead)) return a;
  }
  return pointerInChecked(v, to, where);
}

function pointerInChecked(v: unknown, to: RtType, where: string): bigint {
  if (v instanceof Pointer) {
    if (!compatible(v.$t, to)) throw new TypeError(`${where}: expected '${ptrName(to)}', got cdata '${v[CTYPE]}'`);
    return alive(v, where);
  }
  if (v === null) return 0n;
  throw new TypeError(
    `${where}: expected a pointer '${ptrName(to)}' (from ffi.new, ffi.cast or a C function) or null, got ${describe(v)}`,
  );
}

/**
 * For `char *`, `unsigned char *` and `void *` arguments: also a string (UTF-8, NUL-terminated,
 * valid for the call) or a Buffer/TypedArray/DataView/ArrayBuffer (zero-copy). The C side
 * converts these; a pointer becomes its address.
 */
export function bytesIn(v: unknown, to: RtType, where: string): unknown {
  if (v != null && (v as Pointer).$t !== undefined) return pointerIn(v, to, where);
  if (typeof v === 'string' || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return v;
  return pointerIn(v, to, where);
}

/** `bytesIn` for `char *` / `unsigned char *`, where a Buffer is the likelier argument: tested first. */
export function bufferIn(v: unknown, to: RtType, where: string): unknown {
  if (ArrayBuffer.isView(v) || typeof v === 'string') return v;
  return bytesIn(v, to, where);
}

// A write to a property a cdata does not have throws, as CFFI's "'struct foo' has no field 'bar'"
// (instead of a JS property C never sees). The internal slots get writable placeholders on the
// root prototype, so their first store in a constructor never reaches the guard; fields are
// accessors on the generated prototypes, found before it. Reads stay permissive (JS machinery
// probes `then`, `toJSON`, symbols).
for (const k of ['$a', '$t', '$o', '$x', '$n', KEEP, ROOT])
  Object.defineProperty(Pointer.prototype, k, { value: undefined, writable: true, configurable: true });
Object.setPrototypeOf(
  Pointer.prototype,
  new Proxy(Object.create(Object.prototype) as object, {
    set(_target, key, _value, receiver: Pointer) {
      const t = receiver.$t;
      const what = t?.kind === 'record' ? `'${t.name}' has no field` : `cdata '${receiver[CTYPE]}' has no property`;
      throw new TypeError(`${what} '${String(key)}'`);
    },
  }),
);
