import { checkInt, describe, wrapInt } from './convert.cjs';
import type { RtType, TypeRegistry } from './ctype.cjs';
import type { Ffi } from './api.cjs';
import { buffer, fromBuffer, memmove, string, unpack } from './bytes.cjs';
import { gc } from './gc.cjs';
import { initialise } from './init.cjs';
import { release } from './memory.cjs';
import type { NativeRuntime } from './native.cjs';
import { Owner, ROOT } from './owner.cjs';
import { alive, CArray, Pointer, wrap } from './pointer.cjs';
import { CType, sizeOf, TypeInfo, type BitOffset } from './typeinfo.cjs';
import { Scalar, unbox } from './vararg.cjs';
import { callbackMembers } from './callback.cjs';
import { enumString, flexibleNew, isEnumValue, opaqueMessage } from './constructs.cjs';

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
  const info = new TypeInfo(types);

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
    new(type: unknown, init?: unknown): Pointer {
      const t = info.resolve(type, 'ffi.new');
      const name = typeof type === 'string' ? type : t.name;
      if (t.kind === 'pointer') {
        if (t.to.kind === 'record' && t.to.opaque) fail(opaqueMessage(`ffi.new('${name}')`, t.to));
        if (t.to.kind === 'void' || t.to.kind === 'function')
          fail(`ffi.new('${name}'): '${t.to.name}' has no known size (opaque or void)`);
        const flex = flexibleNew(t.to, init); // room for a flexible array member's items
        const p = allocate(t.to, undefined, flex?.size);
        if (init !== undefined) initialise(p, 0, t.to, flex ? flex.init : init, name);
        return p;
      }
      if (t.kind === 'array') {
        let n = t.length;
        if (n === undefined) {
          if (typeof init === 'number')
            n = checkInt(
              init,
              { name: 'array length', min: 0n, max: 1n << 40n, big: false },
              `ffi.new('${name}')`,
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
              `ffi.new('${name}'): an array without a length needs a length, a list or a string as its second argument`,
            );
        }
        const p = allocate(t.of, n);
        if (init !== undefined && typeof init !== 'number') initialise(p, 0, types.array(t.of, n), init, name);
        else if (typeof init === 'number' && t.length !== undefined)
          fail(`ffi.new('${name}', ${init}): the array already has a length; give a list or a string to initialise it`);
        return p;
      }
      fail(`ffi.new('${name}'): give a pointer or array type, e.g. '${t.name} *' or '${t.name}[4]' (CFFI semantics)`);
    },

    sizeof(type: unknown): number {
      if (type instanceof CArray) return type.$t.size * type.length;
      const t = Pointer.is(type) ? type.$t : info.resolve(type, 'ffi.sizeof');
      if (t.kind === 'record' && t.opaque) fail(opaqueMessage('ffi.sizeof', t));
      return sizeOf(t, 'sizeof');
    },

    alignof(type: unknown): number {
      const t = Pointer.is(type) ? type.$t : info.resolve(type, 'ffi.alignof');
      sizeOf(t, 'alignof');
      return t.align;
    },

    offsetof(type: unknown, path: unknown): number | BitOffset {
      return info.offsetof(type, path);
    },

    typeof(value: unknown): CType {
      if (typeof value === 'string') return info.of(types.parse(value));
      if (!Pointer.is(value) && !(value instanceof Scalar) && !(value instanceof CType))
        fail(`ffi.typeof: expected a cdata or a C type spelling, got ${describe(value)}`);
      return info.of(info.resolve(value, 'ffi.typeof'));
    },

    /**
     * A value of another C type: integers wrap modulo 2^n (as C casts do), pointers keep their
     * address and owner, numbers and bigints become addresses. A scalar type gives a `Scalar`
     * (vararg.cts), which carries its C type into a variadic call and converts like its value.
     */
    cast(type: unknown, given: unknown): unknown {
      const t = info.resolve(type, 'ffi.cast');
      const value = unbox(given);
      if (t.kind === 'int') {
        const v = Pointer.is(value) ? alive(value, 'ffi.cast') : typeof value === 'boolean' ? Number(value) : value;
        if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isFinite(v)))
          fail(`ffi.cast('${t.name}'): expected a finite number, a bigint or a pointer, got ${describe(value)}`);
        // C converts to bool by comparing with zero, not by wrapping
        if (t.name === 'bool') return new Scalar(t, v != 0);
        return new Scalar(t, wrapInt(v, t.range));
      }
      if (t.kind === 'float') {
        if (typeof value !== 'number' && typeof value !== 'bigint')
          fail(`ffi.cast('${t.name}'): expected a number, got ${describe(value)}`);
        return new Scalar(t, t.size === 4 ? Math.fround(Number(value)) : Number(value));
      }
      if (t.kind === 'pointer') {
        if (value === null) return null;
        if (Pointer.is(value)) return wrap(t.to, alive(value, 'ffi.cast'), value.$o, value.$x);
        if ((typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'bigint')
          return wrap(t.to, BigInt.asUintN(64, BigInt(value)));
        fail(`ffi.cast('${t.name}'): expected a pointer, an integer address or null, got ${describe(value)}`);
      }
      fail(`ffi.cast: cannot cast to '${t.name}' (only to integer, floating and pointer types)`);
    },

    string(cdata: unknown, maxlen?: unknown): string {
      if (isEnumValue(cdata, maxlen)) return enumString(cdata, maxlen, (s) => info.resolve(s, 'ffi.string'));
      return string(cdata, maxlen);
    },

    unpack(cdata: unknown, n: unknown): Buffer | unknown[] {
      return unpack(cdata, n, (p) => ffi.sizeof(p));
    },

    buffer(cdata: unknown, size?: unknown): Buffer {
      return buffer(cdata, size, (p) => ffi.sizeof(p));
    },

    fromBuffer(buf: unknown, options?: unknown): Pointer {
      return fromBuffer(buf, options, (s) => types.parse(s), types.void);
    },

    memmove(dst: unknown, src: unknown, n: unknown): void {
      memmove(dst, src, n);
    },

    addressof(cdata: unknown, field?: unknown): Pointer {
      if (!Pointer.is(cdata)) fail(`ffi.addressof: expected a cdata, got ${describe(cdata)}`);
      // a struct view already is the pointer to its record (CFFI: addressof(struct) is 'struct s *')
      if (field === undefined) return wrap(cdata.$t, alive(cdata, 'ffi.addressof'), cdata.$o, cdata.$x) as Pointer;
      if (typeof field === 'number') return cdata.add(field);
      const off = info.offsetIn(cdata.$t, field);
      if (typeof off !== 'number') fail(`ffi.addressof: '${String(field)}' is a bitfield, which has no address`);
      const ft = info.fieldType(cdata.$t, field as string);
      const a = alive(cdata, 'ffi.addressof') + BigInt(off);
      if (ft.kind === 'array') return new CArray(ft.of, a, cdata.$o, cdata.$x + off, ft.length);
      return wrap(ft, a, cdata.$o, cdata.$x + off) ?? fail('ffi.addressof: null');
    },

    gc<P extends Pointer>(cdata: P, destructor: (p: P) => unknown, size?: unknown): P {
      return gc(cdata, destructor, size);
    },

    release(cdata: unknown): void {
      if (!Pointer.is(cdata)) fail(`ffi.release: expected a cdata, got ${describe(cdata)}`);
      release(cdata);
    },

    listTypes(): string[] {
      return info.listTypes();
    },

    NULL: null,

    ...callbackMembers(types, (ab) => native.$address(ab)), // callback, newHandle, fromHandle

    get errno(): number {
      return native.$errno();
    },
    set errno(v: number) {
      native.$errno(v);
    },
  } satisfies FfiMembers;

  return Object.freeze(ffi) as unknown as Ffi<unknown>;
}

function fail(message: string): never {
  throw new TypeError(message);
}
