/**
 * The TypeScript view of the type objects of `ffi.typeof`, `ffi.offsetof` and `ffi.fromBuffer`
 * (split from api.cts, which re-exports them).
 */

/** What `ffi.typeof` returns: one object per C type, so types compare with `===` (CFFI's ctype). */
export interface CType {
  /** The canonical C spelling (`'struct point *'`, `'int[4]'`); also what `String(t)` and JSON give. */
  readonly cname: string;
  /** What kind of type it is. */
  readonly kind: 'primitive' | 'pointer' | 'array' | 'struct' | 'union' | 'void' | 'function';
  /** A record's fields in order (undefined for other types and for opaque records). */
  readonly fields: readonly CField[] | undefined;
  /** The pointee of a pointer, the element of an array. */
  readonly item: CType | undefined;
  /** An array's length (undefined for `T[]` and non-arrays). */
  readonly length: number | undefined;
  /** An enum's constants by name. */
  readonly elements: Readonly<Record<string, number | bigint>> | undefined;
  /** Size in bytes (a TypeError for void, functions, opaque records). */
  readonly size: number;
}

/** A field of a record, as `CType.fields` lists it. */
export interface CField {
  readonly name: string;
  readonly type: CType;
  /** Byte offset in the record. */
  readonly offset: number;
  /** For a bitfield: its first bit from the record start, and its width. */
  readonly bitOffset?: number;
  readonly bitWidth?: number;
}

/** Where a bitfield lies: what `ffi.offsetof` gives for a bitfield path. */
export interface BitOffset {
  /** The byte holding its first bit. */
  readonly offset: number;
  /** Its first bit from the start of the record. */
  readonly bit: number;
  /** Its width in bits. */
  readonly width: number;
}

/** What `ffi.fromBuffer` takes besides the buffer. */
export interface FromBufferOptions {
  /** The pointer or array type to see the bytes as (`'int *'`, `'struct point[]'`); default `void *`. */
  readonly type?: string;
  /** `false`: the pointer gets a copy, so nothing written through it reaches the buffer. Default true. */
  readonly writable?: boolean;
}

/** A C type: its spelling, or the object `ffi.typeof` gave. */
export type TypeArg = string | CType;
