import { assertNever, type CType, type Field, type IrIndex, type RecordDecl } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { canonical, cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { conversionOf } from './conversion.js';
import { isInt64, type FieldKind } from './kinds.js';
import { cString, jsdoc, jsString } from './text.js';
import { carrayType, pointerType, tsIn, tsOut } from './ts-type.js';
import { recordConst } from './js-names.js';

/** One field accessor (`hbs/js/field/<kind>.hbs`), its runtime field entry and its `.d.ts` lines. */
export interface FieldView {
  readonly kind: FieldKind;
  readonly key: string;
  /** the byte offset (for a bitfield, of the byte holding its first bit). */
  readonly offset: number;
  /** `"rec.field"`, a JS string literal for error messages. */
  readonly where: string;
  /** the runtime type const of the field, and of what a pointer field points to. */
  readonly type: string;
  readonly toType: string;
  /** the DataView method's type (`Int32`, `Float64`) and whether it takes `$LE`; int fields' code. */
  readonly dv: string;
  readonly le: boolean;
  readonly code: string;
  readonly bitfield: boolean;
  readonly bitOffset: number;
  readonly bitWidth: number;
  readonly signed: boolean;
  /** a `_Bool` bitfield: reads as a JS boolean, takes true/false/0/1. */
  readonly boolean: boolean;
  readonly tsGet: string;
  readonly tsSet: string;
  readonly jsdoc: string;
}

/** One entry of the module's `Types` map (`hbs/dts/entry.hbs`): TS types as data. */
export interface TypesEntryView {
  readonly key: string;
  readonly canonJs: string;
  readonly ptr: string;
  readonly value: string;
}

/** Everything the templates need for one struct or union. */
export interface RecordView {
  readonly rconst: string;
  readonly canon: string;
  readonly canonJs: string;
  readonly className: string;
  readonly size: number;
  readonly align: number;
  readonly opaque: boolean;
  readonly fields: readonly FieldView[];
  /** whether `hbs/c/record.hbs` checks the layout (C can spell the record and knows its fields). */
  readonly checked: boolean;
  /** the C spelling, and the same escaped for a C string literal. */
  readonly spell: string;
  readonly spellText: string;
  /** the fields C's `offsetof` reaches (all but bitfields; those of anonymous members too). */
  readonly offsets: readonly { readonly name: string; readonly offset: number }[];
  readonly jsdoc: string;
  readonly entry: TypesEntryView;
}

/**
 * `struct z_stream_s { Bytef *next_in; uInt avail_in; ... }` becomes a runtime record type, a view
 * class whose accessors read and write the memory through a DataView at the offsets libclang
 * computed (`get avail_in() { return this.$v.getUint32(8, $LE) }`), a `.d.ts` interface, and C
 * `_Static_assert`s on the size, alignment and every offset, so the compiler checks the IR.
 * Anonymous members are flattened, as C lets you name their fields directly.
 */
export function recordView(d: RecordDecl, ctx: EmitContext): RecordView {
  const { index, plan } = ctx;
  const opaque = plan.opaque.has(d.id);
  const canon = canonical({ kind: 'record', id: d.id }, index);
  const flat = flatFields(d, index, plan);
  const spell = index.cSpelling(d.id) ?? '';
  const className = plan.names.get(d.id) ?? 'anonymous';
  const ptr = opaque ? pointerType(jsString(canon), 'never') : className;
  return {
    rconst: recordConst(d.id, index),
    canon,
    canonJs: jsString(canon),
    entry: { key: jsString(canon), canonJs: jsString(canon), ptr, value: ptr },
    className,
    size: d.size,
    align: d.align,
    opaque,
    fields: flat.map((f) => fieldView(d, f.field, f.offsetBits, ctx)),
    checked: spell !== '' && !opaque,
    spell,
    spellText: cString(spell),
    offsets: flat
      .filter((f) => f.field.bitWidth === undefined)
      .map((f) => ({ name: f.field.name, offset: f.offsetBits / 8 })),
    jsdoc: jsdoc(d.comment, d.source),
  };
}

/** The types a record's accessors refer to (the type table walks these), in the order the view uses them. */
export function recordTypes(d: RecordDecl, index: IrIndex, plan: Plan): CType[] {
  return flatFields(d, index, plan).flatMap(({ field: f }) => {
    const c = conversionOf(f.type, index);
    return fieldKind(f, index) === 'pointer' && c.kind === 'pointer' ? [f.type, c.to] : [f.type];
  });
}

interface FlatField {
  readonly field: Field;
  /** from the start of the record, through any anonymous members. */
  readonly offsetBits: number;
}

/**
 * The fields JS sees: none for an opaque record; the fields of anonymous members, at any depth, as
 * fields of the record (C's `s.x`), at their offset in it; skipped fields (of the record or of an
 * anonymous member) left out.
 */
function flatFields(d: RecordDecl, index: IrIndex, plan: Plan): FlatField[] {
  return plan.opaque.has(d.id) ? [] : flatten(d, 0, index, plan);
}

function flatten(d: RecordDecl, base: number, index: IrIndex, plan: Plan): FlatField[] {
  const skipped = plan.skippedFields.get(d.id);
  return d.fields.flatMap((f) => {
    if (skipped?.has(f.name)) return [];
    if (f.name !== '') return [{ field: f, offsetBits: base + f.offsetBits }];
    const r = index.resolve(f.type);
    return r.kind === 'record' ? flatten(index.record(r.id), base + f.offsetBits, index, plan) : [];
  });
}

/**
 * The JS name of a C field: its own, except that a name starting with `$` (a gcc extension) takes
 * one more `$` (`$v` → `s.$$v`, `$$v` → `s.$$$v`). The runtime keeps the names that start with one
 * `$` for the state of its views (`$v`, `$t`, `$member`, ...): a field of that name would replace
 * it (and `$v` recursed forever). The rule is one-to-one, so every C field stays reachable.
 */
export function fieldKey(name: string): string {
  return name.startsWith('$') ? `$${name}` : name;
}

/** A field's accessor kind: bitfields, nested records and arrays, then scalars by conversion. */
export function fieldKind(f: Field, index: IrIndex, int64: 'bigint' | 'number' = 'bigint'): FieldKind {
  if (f.bitWidth !== undefined) return 'bits';
  const r = index.resolve(f.type);
  if (r.kind === 'record' || r.kind === 'array') return 'member';
  const c = conversionOf(f.type, index);
  switch (c.kind) {
    case 'int':
      if (int64 === 'number' && isInt64(c)) return 'number64';
      return c.code === 'bool' ? 'bool' : INT_CODES[c.code].dataView === '' ? 'wide' : 'int';
    case 'float':
      return c.size === 16 ? 'wide' : 'float';
    case 'pointer':
      return c.string ? 'string' : 'pointer';
    case 'record':
    case 'void':
    case 'complex': // skipped by skipFields (value-problem.ts)
      throw new Error(`internal: field ${f.name} has no accessor`);
    default:
      return assertNever(c);
  }
}

function fieldView(rec: RecordDecl, f: Field, offsetBits: number, ctx: EmitContext): FieldView {
  const { index, plan, types } = ctx;
  const t: CType = f.type;
  const kind = fieldKind(f, index, ctx.int64);
  const c = conversionOf(t, index);
  const [dv, le] =
    c.kind === 'int'
      ? [INT_CODES[c.code].dataView, INT_CODES[c.code].size > 1]
      : c.kind === 'float'
        ? [c.size === 4 ? 'Float32' : 'Float64', true]
        : ['', false];
  const bits = f.bitWidth ?? 0;
  return {
    kind,
    key: jsString(fieldKey(f.name)),
    offset: Math.floor(offsetBits / 8),
    where: jsString(`${rec.name || 'anonymous'}.${f.name}`),
    type: types.ref(t),
    toType: kind === 'pointer' && c.kind === 'pointer' ? types.ref(c.to) : '',
    dv,
    le,
    code: c.kind === 'int' ? c.code : '',
    bitfield: kind === 'bits',
    bitOffset: offsetBits,
    bitWidth: bits,
    signed: c.kind === 'int' && c.code.startsWith('i'),
    boolean: kind === 'bits' && c.kind === 'int' && c.code === 'bool',
    ...fieldTs(kind, t, bits, index, plan),
    jsdoc: jsdoc(f.comment, cName(t, index, f.bitWidth !== undefined ? `${f.name} : ${bits}` : f.name) + ';', '  '),
  };
}

/** What a field reads as and what it takes, in TypeScript. */
function fieldTs(k: FieldKind, t: CType, bits: number, index: IrIndex, plan: Plan): { tsGet: string; tsSet: string } {
  switch (k) {
    case 'bits': {
      const c = conversionOf(t, index);
      if (c.kind === 'int' && c.code === 'bool') return { tsGet: 'boolean', tsSet: 'boolean | number' };
      return { tsGet: bits > 32 ? 'bigint' : 'number', tsSet: bits > 32 ? 'number | bigint' : 'number' };
    }
    case 'member': {
      const r = index.resolve(t);
      const out = tsOut(t, index, plan);
      if (r.kind !== 'array') return { tsGet: out, tsSet: `${out} | $rt.Init<${out}>` };
      const arr = carrayType(r.of, index, plan);
      return {
        tsGet: arr,
        tsSet: `${arr} | readonly unknown[]${isChar(r.of, index) ? ' | string | ArrayBufferView' : ''}`,
      };
    }
    case 'string':
      return { tsGet: tsOut(t, index, plan), tsSet: `${tsIn(t, index)} | string` };
    case 'number64':
      return { tsGet: 'number', tsSet: tsIn(t, index) };
    case 'int':
    case 'wide':
    case 'bool':
    case 'float':
    case 'pointer':
      return { tsGet: tsOut(t, index, plan), tsSet: tsIn(t, index) };
    default:
      return assertNever(k);
  }
}

function isChar(of: CType, index: IrIndex): boolean {
  const r = index.resolve(of);
  return r.kind === 'int' && r.size === 1 && r.name !== 'bool';
}
