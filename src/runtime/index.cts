/**
 * The runtime that ships inside every generated module folder (`<out>/runtime/`). The generated
 * `index.js` loads its `.node`, binds it here, builds its type registry and record view classes
 * on these pieces, and exports `{ ffi, lib }`.
 */
import { bindNative, type NativeRuntime } from './native.cjs';

export {
  checkInt,
  checkFloat,
  describe,
  intRange,
  i8,
  u8,
  i16,
  u16,
  i32,
  u32,
  i64,
  u64,
  i128,
  u128,
  bool,
  f64,
} from './convert.cjs';
export {
  TypeRegistry,
  intType,
  floatType,
  recordType,
  functionType,
  LE,
  type RtType,
  type RecordType,
} from './ctype.cjs';
export { Pointer, PlainPointer, StructPointer, CArray, wrap, wrapResult, alive, fault } from './pointer.cjs';
export { getAt, setAt } from './element.cjs';
export { callablePointer } from './fn-pointer.cjs';
export { callbackType, callbackIn, keepCallbacks, callbackMark, callbackRelease } from './callback.cjs';
export { Owner, keep } from './owner.cjs';
export { structResult, snapshot } from './memory.cjs';
export { pointerIn, bytesIn, bufferIn } from './args.cjs';
export { recordIn } from './record-in.cjs';
export { int64Number } from './int64-number.cjs';
export { readScalar, writeScalar, copyInto } from './scalar.cjs';
export { getBits, setBits } from './bits.cjs';
export { makeFfi } from './ffi.cjs';
export { Scalar, varargs } from './vararg.cjs';
export { assign } from './init.cjs';

/** The C block the modules of this thread share (cffi-shared.h), from the first module's `$share`. */
let sharedBlock: unknown;

/**
 * Loads the module's `.node` file and binds its runtime functions. RTLD_DEEPBIND makes the
 * module's C calls bind to the libraries it was linked with (`-l z`) before the copies of zlib or
 * OpenSSL that the node binary exports itself. Only Node honours the flags: Bun 1.4 and Deno 2.9
 * accept and ignore them (bench/runtimes/README.md), so there a library the runtime binary also
 * exports (Bun's libuv) binds to the runtime's copy. `require` is the fallback for runtimes whose
 * process.dlopen is missing.
 */
export function load(candidates: readonly string[]): NativeRuntime & Record<string, (...args: unknown[]) => unknown> {
  const fs = require('node:fs') as typeof import('node:fs');
  const file = candidates.find((f) => fs.existsSync(f)) ?? candidates[0]!;
  const flags = (require('node:os') as typeof import('node:os')).constants.dlopen;
  const m = { exports: {} } as { exports: NativeRuntime & Record<string, (...args: unknown[]) => unknown> };
  try {
    // the ASan runtime refuses RTLD_DEEPBIND: a sanitized build (docs/sanitizers.md) loads without it
    const deep = process.env.CFFI_IMPORT_SANITIZE ? 0 : (flags.RTLD_DEEPBIND ?? 0);
    process.dlopen(m as never, file, (flags.RTLD_NOW ?? 2) | deep);
  } catch (e) {
    if (!/dlopen|not a function|not supported/i.test(String((e as Error).message))) throw e;
    m.exports = require(file);
  }
  bindNative(m.exports);
  // every module of this runtime saves errno into the same C block (cffi-shared.h)
  sharedBlock = m.exports.$share(sharedBlock);
  return m.exports;
}

/** Defines `lib[name]` as a read-only, enumerable value; any name is safe (`__proto__` included). */
export function define(lib: object, name: string, value: unknown): void {
  Object.defineProperty(lib, name, { value, enumerable: true });
}

/** Defines `lib[name]` as a live accessor (a global variable). */
export function accessor(lib: object, name: string, get: () => unknown, set?: (v: unknown) => void): void {
  Object.defineProperty(lib, name, set ? { get, set, enumerable: true } : { get, enumerable: true });
}

/**
 * Too many arguments is a TypeError that names the function. (Generated wrappers test one extra
 * parameter instead of `arguments.length`, which costs a third of a pointer call; a missing
 * argument arrives as `undefined`, which every conversion rejects by name.)
 */
export function arity(fn: string, want: number): never {
  throw new TypeError(`${fn}() takes ${want} argument${want === 1 ? '' : 's'}, got more`);
}
