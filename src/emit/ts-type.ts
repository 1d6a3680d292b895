/**
 * TypeScript spellings of C types, as `c-name.ts` spells them in C: a type's spelling is data that the
 * `.d.ts` templates place (parameter types, field types, the `Types` map), decided here in one place.
 */
import type { CType, EnumDecl, IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { canonical } from './c-name.js';
import { tsStringType } from './text.js';
import { conversionOf } from './conversion.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { notCallable, type FunctionCType } from './fn-pointer-callable.js';

/** A `_Complex float/double` value, both ways. */
const COMPLEX = '{ re: number; im: number }';
/** A plain initialiser of a record passed by value: by field name or by position, as `ffi.new` takes. */
const RECORD_INIT = '{ readonly [field: string]: unknown } | readonly unknown[]';

/**
 * TypeScript types for C types. `tsOut` is what JS reads (results, field reads), `tsIn` what JS
 * may pass (arguments, field writes): `unsigned long` reads as `bigint`, takes `number | bigint`;
 * `z_stream *` reads as the struct view, takes `Ref<'struct z_stream_s'> | null`.
 */
export function tsOut(t: CType, index: IrIndex, plan: Plan, int64: 'bigint' | 'number' = 'bigint'): string {
  const e = index.resolve(t);
  if (e.kind === 'enum')
    return t.kind === 'typedef' && plan.names.has(t.id) ? plan.names.get(t.id)! : enumTs(e.id, index, plan);
  const c = conversionOf(t, index);
  switch (c.kind) {
    case 'void':
      return 'void';
    case 'int':
      if (int64 === 'number' && (c.code === 'i64' || c.code === 'u64')) return 'number';
      return INT_CODES[c.code].big ? 'bigint' : c.code === 'bool' ? 'boolean' : 'number';
    case 'float':
      return 'number';
    case 'complex':
      return COMPLEX;
    case 'record':
      return viewType(c.id, index, plan);
    case 'pointer':
      if (c.string) return `string${orNull(t, index)}`;
      return `${pointerTo(c.to, index, plan)}${orNull(t, index)}`;
  }
}

/** What JS may pass where a `t` is expected. */
export function tsIn(t: CType, index: IrIndex): string {
  const c = conversionOf(t, index);
  switch (c.kind) {
    case 'void':
      return 'void';
    case 'int':
      return INT_CODES[c.code].big ? 'number | bigint' : c.code === 'bool' ? 'boolean | number' : 'number';
    case 'float':
      return 'number';
    case 'complex':
      return COMPLEX;
    case 'record':
      // a view, or a plain initialiser built for the call (record-in.cts); interfaces (other views) do not
      // match the index signature, so a wrong record type stays a type error
      return `$rt.Ref<${tsStringType(canonical(t, index))}> | ${RECORD_INIT}`;
    case 'pointer':
      if (index.resolve(c.to).kind === 'function')
        return `$rt.Ref<${brand(c.to, index)}> | $rt.JsCallback${orNull(t, index)}`;
      return `$rt.Ref<${brand(c.to, index)}>${c.bytes ? ' | $rt.Bytes' : ''}${orNull(t, index)}`;
  }
}

/** The TS type of a pointer to `to` as JS receives it. */
export function pointerTo(to: CType, index: IrIndex, plan: Plan): string {
  const r = index.resolve(to);
  if (r.kind === 'void') return '$rt.VoidPointer';
  if (r.kind === 'record' && plan.names.has(r.id) && !plan.opaque.has(r.id)) return viewType(r.id, index, plan);
  if (r.kind === 'function') return fnPointerTs(r, brand(to, index), index, plan);
  if (r.kind === 'record' || r.kind === 'unsupported') return pointerType(brand(to, index), 'never');
  const elem = r.kind === 'array' ? carrayType(r.of, index, plan) : tsOut(r, index, plan);
  return pointerType(brand(to, index), elem);
}

/** The TS type of a pointer with this brand (a string literal type) to elements read as `elem`. */
export function pointerType(brandJs: string, elem: string): string {
  return `$rt.Pointer<${brandJs}, ${elem}>`;
}

/** The brand of a pointer to `to`: its canonical spelling as a string literal type (`any` for void). */
export function brand(to: CType, index: IrIndex): string {
  const r = index.resolve(to);
  return r.kind === 'void' ? 'any' : tsStringType(canonical(r, index));
}

/** The TS name of a record's view interface. */
export function viewType(id: string, index: IrIndex, plan: Plan): string {
  const name = plan.names.get(id);
  return name ?? `$rt.StructView<${tsStringType(canonical({ kind: 'record', id }, index))}>`;
}

/**
 * The TS type of a C array's live view: `$rt.CArray<"int", number>`; an array of arrays has arrays
 * as elements (`int[2][3]` → `$rt.CArray<"int[3]", $rt.CArray<"int", number>>`).
 */
export function carrayType(of: CType, index: IrIndex, plan: Plan): string {
  const r = index.resolve(of);
  const elem = r.kind === 'array' ? carrayType(r.of, index, plan) : tsOut(of, index, plan);
  return `$rt.CArray<${tsStringType(canonical(of, index))}, ${elem}>`;
}

/**
 * The TypeScript type of a pointer to a function as JS reads it: `int (*)(int, int)` is
 * `$rt.FunctionPointer<"int (int, int)", (a1: number, a2: number) => number>`, callable and still a
 * pointer; one JS cannot call (variadic, or a type that does not convert) is a plain pointer.
 */
export function fnPointerTs(fn: FunctionCType, brandJs: string, index: IrIndex, plan: Plan): string {
  if (notCallable(fn, index, plan)) return pointerType(brandJs, 'never');
  const params = fn.params.map((p, i) => `a${i + 1}: ${tsIn(p, index)}`).join(', ');
  return `$rt.FunctionPointer<${brandJs}, (${params}) => ${tsOut(fn.result, index, plan)}>`;
}

/**
 * An enum value as JS reads it: the enum's alias (`enum_color`), or for an anonymous enum the union of
 * its constants' literal types (`-1 | 7 | 8`; bigint literals for a 64-bit enum), never a TS `enum`.
 */
export function enumTs(id: string, index: IrIndex, plan: Plan): string {
  const d = index.get(id);
  if (d.kind !== 'enum') throw new Error(`internal: ${id} is not an enum`);
  if (!d.anonymous && plan.names.has(id)) return plan.names.get(id)!;
  return enumLiterals(d, index);
}

/** The union of an enum's constants as TS literal types, each value once. */
export function enumLiterals(d: EnumDecl, index: IrIndex): string {
  const c = conversionOf(d.base, index);
  const big = c.kind === 'int' && INT_CODES[c.code].big;
  const values = [...new Set(d.constants.map((k) => (big ? `${k.value}n` : k.value)))];
  return values.length ? values.join(' | ') : big ? 'bigint' : 'number';
}

/** `' | null'`, unless the pointer is `_Nonnull` (unannotated pointers may be NULL, as in C). */
function orNull(t: CType, index: IrIndex): string {
  const r = index.resolve(t);
  return r.kind === 'pointer' && r.nonnull ? '' : ' | null';
}
