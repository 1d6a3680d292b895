/**
 * The kinds of crossing between JS and C, one union per place a value crosses. Each member names
 * one partial per side (`hbs/<side>/<folder>/<kind>.hbs`), which holds that kind's code; views
 * hold the kind and plain fields, templates pick the partial with `{{> (lookup @hbs.c.arg kind)}}`.
 *
 * Adding a crossing (say a JS function passed where C takes a function pointer):
 * 1. a member in the list below (`ARG_KINDS`: `'callback'`), and its case in the deciding `switch`
 *    (`argKind`; tsc's `assertNever` finds every other switch over the union, e.g. `argChecked`);
 * 2. the plain fields its partials read, on the view (`ArgView` in function.ts);
 * 3. one partial per folder of the union: `hbs/c/arg/callback.hbs`, `hbs/js/arg/callback.hbs`
 *    (spec/emit-helpers.spec.ts fails while one is missing); its TypeScript spelling in ts-type.ts.
 */
import { assertNever, type FunctionDecl, type IrIndex } from '../ir/index.js';
import type { Conversion } from './conversion.js';
import { INT_CODES } from '../runtime/primitives.cjs';

/**
 * How an argument enters a C trampoline: `hbs/c/arg/<kind>.hbs` and `hbs/js/arg/<kind>.hbs`.
 * `varargs` is the extra arguments of a variadic function, packed by the JS wrapper (vararg.cts);
 * `complex` a `{ re, im }` object, read in C (cffi-wide.h).
 */
export const ARG_KINDS = [
  'int',
  'float',
  'complex',
  'pointer',
  'bytes',
  'buffer',
  'record',
  'varargs',
  'callback',
] as const;
/** One of {@link ARG_KINDS}. */
export type ArgKind = (typeof ARG_KINDS)[number];

/** How a C value (a result, a macro) becomes a JS value: `hbs/c/result/<kind>.hbs`. */
export const RESULT_KINDS = [
  'void',
  'bool',
  'i32',
  'u32',
  'i64',
  'u64',
  'i128',
  'u128',
  'f64',
  'complex',
  'string',
  'pointer',
  'record',
  // a string literal (a macro's): every byte to its end, NULs included (`"ab\0cd"`)
  'literal',
] as const;
/** One of {@link RESULT_KINDS}. */
export type ResultKind = (typeof RESULT_KINDS)[number];

/** What the JS wrapper does with a native result: `hbs/js/result/<kind>.hbs`. */
export const JS_RESULT_KINDS = ['value', 'number64', 'pointer', 'record'] as const;
/** One of {@link JS_RESULT_KINDS}. */
export type JsResultKind = (typeof JS_RESULT_KINDS)[number];

/**
 * How a struct field is read and written through the view's DataView: `hbs/js/field/<kind>.hbs`.
 * `wide` is a scalar DataView has no accessor for (`__int128`, `long double`): through its runtime type.
 */
export const FIELD_KINDS = ['int', 'number64', 'bool', 'float', 'string', 'pointer', 'member', 'bits', 'wide'] as const;
/** One of {@link FIELD_KINDS}. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** How a runtime type is built at load (`const $T0 = ...`): `hbs/js/type/<kind>.hbs`. */
export const TYPE_KINDS = ['primitive', 'pointer', 'array', 'record', 'function'] as const;
/** One of {@link TYPE_KINDS}. */
export type TypeKind = (typeof TYPE_KINDS)[number];

/**
 * How a trampoline calls its C function: `hbs/c/invoke/<kind>.hbs`. A variadic function is called
 * through libffi (cffi-variadic.h), with the extras' types known only at run time.
 */
export const CALL_KINDS = ['direct', 'libffi'] as const;
/** One of {@link CALL_KINDS}. */
export type CallKind = (typeof CALL_KINDS)[number];

/** Every kind folder and the kinds it must hold a partial for. */
export const KIND_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  'c/arg': ARG_KINDS,
  'js/arg': ARG_KINDS,
  'c/result': RESULT_KINDS,
  'js/result': JS_RESULT_KINDS,
  'js/callback-arg': JS_RESULT_KINDS,
  'js/field': FIELD_KINDS,
  'js/type': TYPE_KINDS,
  'c/invoke': CALL_KINDS,
};

/** How a function is called: a variadic one through libffi, every other one directly. */
export function callKind(d: FunctionDecl): CallKind {
  return d.variadic ? 'libffi' : 'direct';
}

/**
 * An argument's kind. `void *` takes a pointer first ("bytes"), `char *` a Buffer or a string
 * first ("buffer"); a record by value crosses as a pointer to it.
 */
export function argKind(c: Conversion, index: IrIndex): ArgKind {
  switch (c.kind) {
    case 'int':
    case 'float':
    case 'complex':
    case 'record':
      return c.kind;
    case 'pointer':
      // a function pointer also takes a JS function: a callback for the call (callback.cts)
      if (!c.bytes) return index.resolve(c.to).kind === 'function' ? 'callback' : 'pointer';
      return index.resolve(c.to).kind === 'void' ? 'bytes' : 'buffer';
    case 'void':
      throw new Error('internal: a void argument');
    default:
      return assertNever(c);
  }
}

/** Whether the JS wrapper checks an argument of this kind before the native call. */
export function argChecked(k: ArgKind): boolean {
  switch (k) {
    case 'int':
    case 'float':
    case 'complex':
      return false;
    case 'pointer':
    case 'bytes':
    case 'buffer':
    case 'record':
    case 'varargs':
    case 'callback':
      return true;
    default:
      return assertNever(k);
  }
}

/** A C value's kind; integers narrower than 64 bits cross as 32-bit numbers (the primitive table's `fromC`). */
export function resultKind(c: Conversion): ResultKind {
  switch (c.kind) {
    case 'void':
      return 'void';
    case 'int':
      return INT_CODES[c.code].fromC;
    case 'float':
      return 'f64';
    case 'complex':
      return 'complex';
    case 'pointer':
      return c.string ? 'string' : 'pointer';
    case 'record':
      return 'record';
    default:
      return assertNever(c);
  }
}

/**
 * What the JS wrapper does with a result: pointers are wrapped, records copied; under `--int64 number`
 * a 64-bit integer becomes a number (`number64`: a RangeError when a double cannot hold it exactly).
 */
export function jsResultKind(c: Conversion, int64: 'bigint' | 'number' = 'bigint'): JsResultKind {
  switch (c.kind) {
    case 'int':
      return int64 === 'number' && isInt64(c) ? 'number64' : 'value';
    case 'void':
    case 'float':
    case 'complex':
      return 'value';
    case 'pointer':
      return c.string ? 'value' : 'pointer';
    case 'record':
      return 'record';
    default:
      return assertNever(c);
  }
}

/** A 64-bit integer conversion (not `__int128`): what `--int64 number` reads as a number. */
export function isInt64(c: Conversion): boolean {
  return c.kind === 'int' && (c.code === 'i64' || c.code === 'u64');
}
