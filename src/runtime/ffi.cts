import { checkInt, describe, wrapInt } from './convert.cjs';
import type { RtType, TypeRegistry } from './ctype.cjs';
import { count } from './args.cjs';
import type { Ffi } from './api.cjs';
import { initialise } from './init.cjs';
import { knownBytes, release, snapshot } from './memory.cjs';
import type { NativeRuntime } from './native.cjs';
import { Owner, ROOT } from './owner.cjs';
import { getAt } from './element.cjs';
import { alive, CArray, CTYPE, PlainPointer, Pointer, wrap } from './pointer.cjs';
import { Scalar, unbox } from './vararg.cjs';
import { enumString, flexibleNew, isEnumValue, noField, opaqueMessage } from './constructs.cjs';

const finalizers = new FinalizationRegistry<() => void>((run) => run());

/**
 * The members of the `ffi` object, exactly: the `Ffi` interface of api.cts is the one declaration
 * of the surface (its documentation, and its types over a module's own type map). This object
 * works on the runtime's classes, which carry no type brands, so it cannot be checked against
 * `Ffi<M>` member by member; `satisfies FfiMembers` makes the compiler reject a member the
 * interface lacks (excess property) or one it has that is missing here.
 */
type FfiMembers = { [K in keyof Ffi<unknown>]: unknown };

/**
 * The `ffi` object of a generated module: CFFI's surface with TypeScript names, over the module's
 * own types. Everything is checked: an unknown type, a wrong value or a NULL dereference throws.
 */
export function makeFfi(types: TypeRegistry, native: NativeRuntime): Ffi<unknown> {
  const typeOf = (t: string | Pointer): RtType =>
    typeof t === 'string'
      ? types.parse(t)
      : t instanceof Pointer
        ? t instanceof CArray
          ? types.array(t.$t, t.$n)
          : types.pointer(t.$t)
        : fail(`expected a C type spelling or a cdata, got ${describe(t)}`);

  /** Zero-filled memory for one `T` (or n of them), owned by the returned object. */
  function allocate(t: RtType, count: number | undefined, bytes?: number): Pointer {
    const size = bytes ?? t.size * (count ?? 1);
    const ab = new ArrayBuffer(Math.max(size, 1));
    const a = native.$address(ab);
    const o = new Owner(ab);
    const p = count === undefined ? (wrap(t, a, o, 0) as Pointer) : new CArray(t, a, o, 0, count);
    (p as unknown as Record<symbol, unknown>)[ROOT] = ab;
    return p;
  }

  // Each member is documented once, on the `Ffi` interface (api.cts); comments here say why.
  const ffi = {
    new(type: string, init?: unknown): Pointer {
      const t = types.parse(type);
      if (t.kind === 'pointer') {
        if (t.to.kind === 'record' && t.to.opaque) fail(opaqueMessage(`ffi.new('${type}')`, t.to));
        if (t.to.kind === 'void' || t.to.kind === 'function')
          fail(`ffi.new('${type}'): '${t.to.name}' has no known size (opaque or void)`);
        const flex = flexibleNew(t.to, init); // room for a flexible array member's items
        const p = allocate(t.to, undefined, flex?.size);
        if (init !== undefined) initialise(p, 0, t.to, flex ? flex.init : init, type);
        return p;
      }
      if (t.kind === 'array') {
        let n = t.length;
        if (n === undefined) {
          if (typeof init === 'number')
            n = checkInt(
              init,
              { name: 'array length', min: 0n, max: 1n << 40n, big: false },
              `ffi.new('${type}')`,
            ) as number;
          else if (typeof init === 'string') n = Buffer.byteLength(init) + 1;
          else if (ArrayBuffer.isView(init))
            n =
              t.of.size === 1 || init instanceof DataView
                ? Math.ceil(init.byteLength / t.of.size)
                : (init as unknown as ArrayLike<unknown>).length;
          else if (Array.isArray(init)) n = init.length;
          else
            fail(
              `ffi.new('${type}'): an array without a length needs a length, a list or a string as its second argument`,
            );
        }
        const p = allocate(t.of, n);
        if (init !== undefined && typeof init !== 'number') initialise(p, 0, types.array(t.of, n), init, type);
        else if (typeof init === 'number' && t.length !== undefined)
          fail(`ffi.new('${type}', ${init}): the array already has a length; give a list or a string to initialise it`);
        return p;
      }
      fail(`ffi.new('${type}'): give a pointer or array type, e.g. '${t.name} *' or '${t.name}[4]' (CFFI semantics)`);
    },

    sizeof(type: string | Pointer): number {
      if (type instanceof CArray) return type.$t.size * type.length;
      const t = type instanceof Pointer ? type.$t : typeOf(type);
      if (t.kind === 'record' && t.opaque) fail(opaqueMessage('ffi.sizeof', t));
      if (t.kind === 'void' || t.kind === 'function') fail(`ffi.sizeof: '${t.name}' has no size`);
      return t.size;
    },

    alignof(type: string): number {
      return typeOf(type).align;
    },

    offsetof(type: string, path: string): number {
      let t = typeOf(type);
      if (t.kind === 'pointer') t = t.to;
      let off = 0;
      for (const part of path.split('.')) {
        const m = /^(\w+)((?:\[\d+\])*)$/.exec(part);
        if (!m || t.kind !== 'record')
          fail(`ffi.offsetof('${type}', '${path}'): '${part}' is not a field of '${t.name}'`);
        const f = t.fields.find((x) => x.name === m[1]);
        if (!f) throw noField(t, m[1]!);
        off += f.offset;
        t = f.type;
        for (const idx of m[2]!.match(/\d+/g) ?? []) {
          if (t.kind !== 'array') fail(`ffi.offsetof: '${t.name}' cannot be indexed`);
          off += Number(idx) * t.of.size;
          t = t.of;
        }
      }
      return off;
    },

    typeof(cdata: Pointer | Scalar): string {
      if (!(cdata instanceof Pointer) && !(cdata instanceof Scalar))
        fail(`ffi.typeof: expected a cdata, got ${describe(cdata)}`);
      return cdata[CTYPE];
    },

    /**
     * A value of another C type: integers wrap modulo 2^n (as C casts do), pointers keep their
     * address and owner, numbers and bigints become addresses. A scalar type gives a `Scalar`
     * (vararg.cts), which carries its C type into a variadic call and converts like its value.
     */
    cast(type: string, given: unknown): unknown {
      const t = types.parse(type);
      const value = unbox(given);
      if (t.kind === 'int') {
        const v =
          value instanceof Pointer ? alive(value, 'ffi.cast') : typeof value === 'boolean' ? Number(value) : value;
        if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isFinite(v)))
          fail(`ffi.cast('${type}'): expected a finite number, a bigint or a pointer, got ${describe(value)}`);
        // C converts to bool by comparing with zero, not by wrapping
        if (t.name === 'bool') return new Scalar(t, v != 0);
        return new Scalar(t, wrapInt(v, t.range));
      }
      if (t.kind === 'float') {
        if (typeof value !== 'number' && typeof value !== 'bigint')
          fail(`ffi.cast('${type}'): expected a number, got ${describe(value)}`);
        return new Scalar(t, t.size === 4 ? Math.fround(Number(value)) : Number(value));
      }
      if (t.kind === 'pointer') {
        if (value === null) return null;
        if (value instanceof Pointer) return wrap(t.to, alive(value, 'ffi.cast'), value.$o, value.$x);
        if (typeof value === 'number' || typeof value === 'bigint')
          return wrap(t.to, BigInt.asUintN(64, BigInt(value)));
        fail(`ffi.cast('${type}'): expected a pointer, an address or null, got ${describe(value)}`);
      }
      fail(`ffi.cast: cannot cast to '${t.name}'`);
    },

    string(cdata: Pointer | string, maxlen?: number | string): string {
      if (isEnumValue(cdata, maxlen)) return enumString(cdata, maxlen, typeOf);
      if (typeof cdata === 'string') return cdata;
      if (!(cdata instanceof Pointer))
        fail(`ffi.string: expected a 'char *' or 'char[]' cdata, got ${describe(cdata)}`);
      const a = alive(cdata, 'ffi.string');
      if (a === 0n) fail(`ffi.string: cannot read a string from a null pointer`);
      const t = cdata.$t;
      if (!(t.kind === 'int' && t.size === 1) && t.kind !== 'void')
        fail(`ffi.string: expected a 'char *', got cdata '${cdata[CTYPE]}'`);
      // never past the memory when its size is known (an owned array reached through a cast)
      const room = knownBytes(cdata);
      const asked = maxlen !== undefined ? count(maxlen as number, 'ffi.string', 'maxlen') : -1;
      const max = room === undefined ? asked : asked < 0 ? room : Math.min(asked, room);
      return native.$string(a, max);
    },

    unpack(cdata: Pointer, n: number): Buffer | unknown[] {
      if (!(cdata instanceof Pointer)) fail(`ffi.unpack: expected a cdata, got ${describe(cdata)}`);
      const t = cdata.$t;
      const items = count(n, 'ffi.unpack', 'n');
      if (t.kind === 'int' && t.size === 1) return Buffer.from(ffi.buffer(cdata, items));
      // copies out: records and arrays too, into JS-owned memory (the list outlives what it read)
      const copy = t.kind === 'record' || t.kind === 'array';
      return Array.from({ length: items }, (_, i) =>
        copy ? snapshot(new PlainPointer(t, (getAt(cdata, i) as Pointer).$a!)) : getAt(cdata, i),
      );
    },

    buffer(cdata: Pointer, size?: number): Buffer {
      if (!(cdata instanceof Pointer)) fail(`ffi.buffer: expected a cdata, got ${describe(cdata)}`);
      const n =
        size === undefined
          ? cdata instanceof CArray
            ? cdata.$t.size * cdata.length
            : ffi.sizeof(cdata)
          : count(size, 'ffi.buffer', 'size');
      const a = alive(cdata, 'ffi.buffer');
      const mem = cdata.$o?.mem;
      if (mem !== undefined) {
        const room = knownBytes(cdata)!;
        if (n > room)
          throw new RangeError(`ffi.buffer: ${n} bytes exceed the ${room} bytes of cdata '${cdata[CTYPE]}'`);
        return Buffer.from(mem, cdata.$x, n);
      }
      if (a === 0n) fail('ffi.buffer: null pointer');
      return Buffer.from(native.$view(a, n));
    },

    fromBuffer(buf: ArrayBuffer | ArrayBufferView): Pointer {
      if (!(buf instanceof ArrayBuffer) && !ArrayBuffer.isView(buf))
        fail(`ffi.fromBuffer: expected a Buffer, TypedArray, DataView or ArrayBuffer, got ${describe(buf)}`);
      const ab = buf instanceof ArrayBuffer ? buf : (buf.buffer as ArrayBuffer);
      const x = buf instanceof ArrayBuffer ? 0 : buf.byteOffset;
      return new PlainPointer(types.void, native.$address(buf), new Owner(ab, buf, x + buf.byteLength), x);
    },

    memmove(
      dst: Pointer | ArrayBufferView | ArrayBuffer,
      src: Pointer | ArrayBufferView | ArrayBuffer,
      n: number,
    ): void {
      const size = count(n, 'ffi.memmove', 'n');
      const addr = (p: unknown, what: string): bigint => {
        const room =
          p instanceof ArrayBuffer || ArrayBuffer.isView(p)
            ? p.byteLength
            : p instanceof Pointer
              ? knownBytes(p)
              : fail(`ffi.memmove: ${what} must be a cdata or a buffer, got ${describe(p)}`);
        if (room !== undefined && size > room)
          throw new RangeError(`ffi.memmove: ${size} bytes exceed the ${room} bytes of ${what}`);
        return p instanceof Pointer ? alive(p, `ffi.memmove ${what}`) : native.$address(p as ArrayBufferView);
      };
      native.$memmove(addr(dst, 'dst'), addr(src, 'src'), size);
    },

    addressof(cdata: Pointer, field?: string | number): Pointer {
      if (!(cdata instanceof Pointer)) fail(`ffi.addressof: expected a cdata, got ${describe(cdata)}`);
      // a struct view already is the pointer to its record (CFFI: addressof(struct) is 'struct s *')
      if (field === undefined) return wrap(cdata.$t, alive(cdata, 'ffi.addressof'), cdata.$o, cdata.$x) as Pointer;
      if (typeof field === 'number') return cdata.add(field);
      const off = ffi.offsetof(cdata.$t.name, field);
      const ft = fieldType(cdata.$t, field);
      return new PlainPointer(ft, alive(cdata, 'ffi.addressof') + BigInt(off), cdata.$o, cdata.$x + off);
    },

    gc<P extends Pointer>(cdata: P, destructor: (p: P) => unknown): P {
      if (!(cdata instanceof Pointer)) fail(`ffi.gc: expected a cdata, got ${describe(cdata)}`);
      if (typeof destructor !== 'function')
        fail(`ffi.gc: the destructor must be a function, got ${describe(destructor)}`);
      const a = alive(cdata, 'ffi.gc');
      const t = cdata.$t;
      // C memory gets an owner of its own, so that release marks every pointer derived from it dead
      const p = wrap(t, a, cdata.$o ?? new Owner(undefined), cdata.$x) as P;
      const token = {};
      let done = false;
      const run = () => {
        if (!done) ((done = true), destructor(wrap(t, a) as P));
      };
      finalizers.register(p, run, token);
      (p as unknown as Record<symbol, unknown>)[ROOT] = () => (finalizers.unregister(token), run());
      return p;
    },

    release(cdata: Pointer): void {
      if (!(cdata instanceof Pointer)) fail(`ffi.release: expected a cdata, got ${describe(cdata)}`);
      release(cdata);
    },

    NULL: null,

    get errno(): number {
      return native.$errno();
    },
    set errno(v: number) {
      native.$errno(v);
    },
  } satisfies FfiMembers;

  function fieldType(t: RtType, path: string): RtType {
    let cur = t;
    for (const part of path.split('.')) {
      const m = /^(\w+)((?:\[\d+\])*)$/.exec(part)!;
      if (cur.kind !== 'record') fail(`'${cur.name}' has no field '${part}'`);
      cur = cur.fields.find((f) => f.name === m[1])!.type;
      for (let k = (m[2]!.match(/\[/g) ?? []).length; k > 0; k--) if (cur.kind === 'array') cur = cur.of;
    }
    return cur;
  }

  return Object.freeze(ffi) as unknown as Ffi<unknown>;
}

function fail(message: string): never {
  throw new TypeError(message);
}
