/**
 * TypeScript spellings of C types, as `c-name.ts` spells them in C: a type's spelling is data that the
 * `.d.ts` templates place (parameter types, field types, the `Types` map), decided here in one place.
 */
import type { CType, IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { canonical } from './c-name.js';
import { tsStringType } from './text.js';
import { conversionOf } from './conversion.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { notCallable, type FunctionCType } from './fn-pointer-callable.js';

/** A `_Complex float/double` value, both ways. */
const COMPLEX = '{ re: number; im: number }';

/**
 * TypeScript types for C types. `tsOut` is what JS reads (results, field reads), `tsIn` what JS
 * may pass (arguments, field writes): `unsigned long` reads as `bigint`, takes `number | bigint`;
 * `z_stream *` reads as the struct view, takes `Ref<'struct z_stream_s'> | null`.
 */
export function tsOut(t: CType, index: IrIndex, plan: Plan): string {
  const c = conversionOf(t, index);
  switch (c.kind) {
    case 'void':
      return 'void';
    case 'int':
      return INT_CODES[c.code].big ? 'bigint' : c.code === 'bool' ? 'boolean' : 'number';
    case 'float':
      return 'number';
    case 'complex':
      return COMPLEX;
    case 'record':
      return viewType(c.id, index, plan);
    case 'pointer':
      if (c.string) return 'string | null';
      return `${pointerTo(c.to, index, plan)} | null`;
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
      return `$rt.Ref<${tsStringType(canonical(t, index))}>`;
    case 'pointer':
      if (index.resolve(c.to).kind === 'function') return `$rt.Ref<${brand(c.to, index)}> | $rt.JsCallback | null`;
      return `$rt.Ref<${brand(c.to, index)}>${c.bytes ? ' | $rt.Bytes' : ''} | null`;
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
