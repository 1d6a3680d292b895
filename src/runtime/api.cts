/**
 * The TypeScript view of the runtime that generated `index.d.ts` files build on. Pointers are
 * branded with their pointee's canonical C spelling, so a `z_stream *` is not an `int *`;
 * `void *` (brand `any`) converts to and from every pointer, as in C.
 */

import type { CanonicalOf, PrimitiveName, PrimitiveSpelling, PrimitiveValue } from './primitives.cjs';

declare const brand: unique symbol;

/** Anything that points at a `C`: a pointer, an array, a struct view. */
export interface Ref<C extends string> {
  readonly [brand]: C;
}

/**
 * A pointer to a `C` whose elements read as `V`: `p[i]` reads and `p[i] = v` writes element `i`, as
 * in C (checked: a RangeError beyond a known length, a TypeError on NULL). TypeScript gives an index
 * signature one type for reads and writes, so it is the read type: a 64-bit element takes a bigint
 * there (`p.set(i, 5)` also takes a number).
 */
export interface Pointer<C extends string, V = unknown> extends Ref<C> {
  [index: number]: V;
  /** The exact address. */
  readonly address: bigint;
  /** `p + n`; an array decays to a pointer, as in C. */
  add(n: number): Pointer<C, V>;
  /** `p[i]`, the fast way (a method: `p[i]` goes through a Proxy, see docs/representations.md). */
  get(i?: number): V;
  /** `p[i] = v`, the fast way. */
  set(i: number, v: V | (V extends bigint ? number : never)): void;
  /** `p[0]`. */
  value: V;
  /** Same address. */
  equals(other: Ref<any> | null): boolean;
  /** Whether the address is 0 (pointers from JS never are: NULL reads as `null`). */
  isNull(): boolean;
  /** `p - q` in elements of this type (a RangeError when the distance is no whole number of them). */
  difference(other: Ref<any>): number;
  /** Orders by address, as `<`, `==`, `>` in C: negative, 0 or positive. */
  compare(other: Ref<any> | null): number;
  [Symbol.dispose](): void;
}

/**
 * A pointer to a function of type `C` (its canonical spelling, `int (int, int)`) read from C: callable as
 * `F` (`(a: number, b: number) => number`), with the argument checks of a `lib` function; still a pointer,
 * so it passes back into C where that type is expected. A NULL one reads as `null`.
 */
export type FunctionPointer<C extends string, F> = Pointer<C, never> & F;

/** `void *`: accepted for every pointer, and every pointer is accepted for it. */
export type VoidPointer = Pointer<any, any>;

/** `T[n]`: a pointer with a length; indexes are bounds-checked. `T[n][m]` has `CArray`s as elements. */
export interface CArray<C extends string, V> extends Pointer<C, V> {
  /** The number of elements (`n`). */
  readonly length: number;
  [Symbol.iterator](): IterableIterator<V>;
}

/**
 * A pointer to a struct or union: its fields are live accessors (declared per record); `p[i]` is the
 * record `i` places further (a live view), `p[i] = v` copies a record or an initialiser into it.
 */
export interface StructView<C extends string> extends Ref<C> {
  [index: number]: this;
  [Symbol.dispose](): void;
}

/** What a struct field of type `V` accepts besides a cdata: its fields by name, or a list by position. */
export type Init<V> = { [K in keyof V as K extends string ? K : never]?: unknown } | readonly unknown[];

/** What `char *`, `unsigned char *` and `void *` parameters also accept. */
export type Bytes = string | ArrayBuffer | ArrayBufferView;

/** An entry of a module's type map: the canonical spelling, a pointer to it, a value of it. */
export interface TypeEntry {
  readonly canon: string;
  readonly ptr: unknown;
  readonly value: unknown;
}

/** The entry of a canonical primitive type: void pointers are `VoidPointer`, others branded with their spelling. */
type PrimitiveEntry<P extends PrimitiveName> = P extends 'void'
  ? { canon: 'void'; ptr: VoidPointer; value: never }
  : { canon: P; ptr: Pointer<P, PrimitiveValue<P>>; value: PrimitiveValue<P> };

/**
 * The primitive types every module knows, by each of their spellings (`int`, `signed int`,
 * `int32_t`, `intptr_t`, ...): derived from the runtime's own table (primitives.cts), so every
 * spelling `ffi.new` reads is typed.
 */
export type PrimitiveTypes = { [S in PrimitiveSpelling]: PrimitiveEntry<CanonicalOf<S>> };

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type Unqual<S extends string> = S extends `const ${infer R}`
  ? Unqual<R>
  : S extends `volatile ${infer R}`
    ? Unqual<R>
    : Trim<S> extends `${infer R} const`
      ? Unqual<R>
      : S;
type Base<S extends string> = Unqual<Trim<S>>;
/** `const char *`: elements of this type read as JS strings. */
type IsConstChar<B extends string> =
  Trim<B> extends `const char${infer R}` ? (Trim<R> extends '*' ? true : false) : false;
type Entry<M, B extends string> = Base<B> extends keyof M ? (M[Base<B>] extends TypeEntry ? M[Base<B>] : never) : never;

/** An array element of type `B`: its brand and what it reads as. */
type Elem<M, B extends string> = [Entry<M, B>] extends [never]
  ? IsConstChar<B> extends true
    ? ['char *', string | null]
    : Trim<B> extends `${infer E}*`
      ? [Entry<M, E>] extends [never]
        ? [string, unknown]
        : [`${Entry<M, E>['canon']} *`, Entry<M, E>['ptr'] | null]
      : [string, unknown]
  : [Entry<M, B>['canon'], Entry<M, B>['value']];

/** `B[…]` with `D` its dimensions between the first `[` and the last `]` (`'2][3'`): arrays of arrays. */
type ArrayOf<M, B extends string, D extends string> = D extends `${string}][${infer Rest}`
  ? CArray<`${Elem<M, B>[0]}[${Rest}]`, ArrayOf<M, B, Rest>>
  : CArray<Elem<M, B>[0], Elem<M, B>[1]>;

/**
 * What `ffi.new(S)` returns: `'z_stream *'` → the struct view; `'int[4]'` → an int array; `'int[2][3]'` →
 * an array of `int[3]` arrays; `'char **'` → a pointer to `char *`.
 */
export type NewResult<M, S extends string> = S extends `${infer B}[${infer D}]`
  ? ArrayOf<M, B, D>
  : S extends `${infer B}*`
    ? [Entry<M, B>] extends [never]
      ? IsConstChar<B> extends true
        ? Pointer<'char *', string | null>
        : Trim<B> extends `${infer B2}*`
          ? [Entry<M, B2>] extends [never]
            ? Pointer<string, unknown>
            : Pointer<`${Entry<M, B2>['canon']} *`, Entry<M, B2>['ptr'] | null>
          : Pointer<string, unknown>
      : Entry<M, B>['ptr']
    : never;

/** The type name inside a spelling: `'struct foo *[4]'` → `'struct foo'`, `'const char **'` → `'char'`. */
type Innermost<S extends string> = S extends `${infer B}[${string}]`
  ? Innermost<B>
  : Trim<S> extends `${infer B}*`
    ? Innermost<B>
    : Base<S>;

/**
 * `unknown` (no constraint) when the module knows the type a spelling names (`'struct foo *'`,
 * `'int[4]'`, `'z_stream'`); else an object type that makes the literal unassignable and names the
 * unknown type in tsc's message. A non-literal `string` and function types (`'int (*)(int)'`) pass.
 */
export type KnownSpelling<M, S extends string> = string extends S
  ? unknown
  : S extends `${string}(${string}`
    ? unknown
    : Innermost<S> extends keyof M
      ? unknown
      : { readonly 'is not a C type this module declares': Innermost<S> };

/**
 * What `ffi.cast` gives for an integer, bool or floating type `C`: a value that knows its C type
 * (CFFI's `<cdata 'int' 42>`), so that it can be passed to a variadic function. `.value` or
 * `Number(x)` is the plain value; an integer or floating parameter also takes it as its value.
 */
export interface Scalar<C extends string, V> {
  readonly value: V;
  valueOf(): V;
  readonly [brand]: C;
}

/** What a variadic function takes after its fixed parameters: each extra carries its C type. */
export type VarArg = Scalar<string, unknown> | Ref<any> | string | null;

/** What `ffi.cast(S, v)` returns: a pointer type like `ffi.new`, a `Scalar` for integer and float types. */
export type CastResult<M, S extends string> = S extends `${string}*`
  ? NewResult<M, S> | null
  : Base<S> extends keyof M
    ? Scalar<
        Entry<M, S>['canon'],
        Entry<M, S>['value'] extends bigint ? bigint : Entry<M, S>['value'] extends boolean ? boolean : number
      >
    : unknown;

export type { BitOffset, CField, CType, FromBufferOptions, TypeArg } from './api-types.cjs';
import type { BitOffset, CType, FromBufferOptions, TypeArg } from './api-types.cjs';

/** The `ffi` object of a module whose types are `M`. */
export interface Ffi<M> {
  /**
   * Zero-filled memory owned by the result: `ffi.new('z_stream *')`, `ffi.new('int[16]')`,
   * `ffi.new('char[]', 'hi')`.
   */
  'new'<S extends string>(type: S & KnownSpelling<M, S>, init?: unknown): NewResult<M, S>;
  /** Size in bytes of a type (`'z_stream'`) or of what a cdata points to. */
  sizeof<S extends string>(type: (S & KnownSpelling<M, S>) | CType | Ref<any>): number;
  /** Alignment in bytes of a type. */
  alignof(type: TypeArg | Ref<any>): number;
  /**
   * Byte offset of a field path (`'pos.x'`, `'cells[2][1]'`) in a record type (or the record a pointer
   * type points to). A path ending at a bitfield gives its byte, bit and width instead:
   * `ffi.offsetof<BitOffset>('struct flags', 'mode')`.
   */
  offsetof<R extends number | BitOffset = number>(type: TypeArg, path: string): R;
  /** The type object of a cdata, a typed scalar, or a C type spelling (`ffi.typeof('struct point')`). */
  typeof(value: Ref<any> | Scalar<string, unknown> | TypeArg): CType;
  /** C's cast: integers wrap, pointers change type and keep their address. */
  cast<S extends string>(type: S & KnownSpelling<M, S>, value: unknown): CastResult<M, S>;
  cast(type: CType, value: unknown): unknown;
  /**
   * A JS string from a `char *` or `char[N]` (stops at NUL, after `maxlen` characters, or at the end of
   * what the cdata is known to hold); a pointer to `char16_t`/`char32_t`/`wchar_t` reads UTF-16/UTF-32.
   */
  string(cdata: Ref<any> | string, maxlen?: number): string;
  /** The name of an enum value (`ffi.cast('enum color', 7)`, or a number and the enum's spelling); else its digits. */
  string(value: Scalar<`enum ${string}`, unknown>): string;
  string(value: number | bigint, enumType: keyof M & string): string;
  /** Copies `n` items: a Buffer for chars, else an array (never beyond what the cdata is known to hold). */
  unpack(cdata: Ref<any>, n: number): Buffer | unknown[];
  /** A Buffer over the memory, no copy; it keeps the memory's owner alive. */
  buffer(cdata: Ref<any>, size?: number): Buffer;
  /** A pointer to a buffer's bytes, no copy (`writable: false`: a copy); keeps the buffer alive. */
  fromBuffer(buf: ArrayBuffer | ArrayBufferView, options?: FromBufferOptions): VoidPointer;
  /** memmove between cdata and buffers. */
  memmove(
    dst: Ref<any> | ArrayBuffer | ArrayBufferView,
    src: Ref<any> | ArrayBuffer | ArrayBufferView,
    n: number,
  ): void;
  /** A pointer to a field (a path, `'pos.x'`), or to the record itself; it keeps the memory alive. */
  addressof(cdata: Ref<any>, field?: string): VoidPointer;
  /**
   * Runs `destructor` once the returned pointer and every pointer derived from it are collected, or at
   * `release`. Any pointer type (`void *` from malloc too); `size` makes its extent known (bounds-checked).
   */
  gc<P extends Ref<any>>(cdata: P, destructor: (p: P) => unknown, size?: number): P;
  /** Frees now (ffi.new memory) or runs the ffi.gc destructor now; every later use throws "released". */
  release(cdata: Ref<any>): void;
  /** Every C type name the module knows (typedefs, `struct x`, enums, primitives), sorted. */
  listTypes(): string[];
  /** NULL is `null`. */
  readonly NULL: null;
  /** errno right after the last C call. */
  errno: number;
  /**
   * A JS function as a C function pointer of type `type` (`'int (*)(int, int)'` or a typedef of one),
   * which C may keep until `close()` (or `ffi.release`) or until the result is collected. A throw
   * returns `errorValue` (default zero) to C and goes to `onError` (default: a warning); `wait: false`
   * makes a void callback called from another thread not wait for JS; `ref: true` keeps the process
   * alive while it is open (docs/callbacks.md).
   */
  callback<S extends string>(
    type: S,
    fn: (...args: any[]) => unknown,
    options?: { onError?: (error: unknown) => void; errorValue?: unknown; wait?: boolean; ref?: boolean },
  ): CallbackPointer<M, S>;
  /** A `void *` standing for `obj` (a C `userdata`), until released or collected. */
  newHandle(obj: unknown): VoidPointer;
  /** The object behind a handle from `newHandle`; a TypeError for anything else. */
  fromHandle(handle: Ref<any> | bigint): unknown;
}

/** A JS function passed or stored where C takes a function pointer (docs/callbacks.md). */
export type JsCallback = (...args: any[]) => unknown;

/** What `ffi.callback` returns: the function pointer (as a field or argument takes it), closable. */
export type CallbackPointer<M, S extends string> = (Base<S> extends keyof M
  ? Entry<M, S>['value']
  : Pointer<string, never>) & { close(): void };
