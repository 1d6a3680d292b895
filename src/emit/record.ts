import type { CType, Field, RecordDecl } from '../ir/index.js';
import { canonical, cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import { recordConst } from './js-types.js';
import { cString, jsdoc, jsString } from './text.js';
import { tsIn, tsOut } from './ts-type.js';

/** One field accessor, ready to render in JS, `.d.ts` and the layout checks. */
export interface FieldView {
  readonly key: string;
  readonly get: string;
  readonly set: string;
  readonly info: string;
  readonly tsGet: string;
  readonly tsSet: string;
  readonly jsdoc: string;
}

/** Everything the templates need for one struct or union. */
export interface RecordView {
  readonly rconst: string;
  readonly canon: string;
  readonly className: string;
  readonly size: number;
  readonly align: number;
  readonly opaque: boolean;
  readonly fields: readonly FieldView[];
  readonly asserts: readonly string[];
  readonly jsdoc: string;
  readonly canonJs: string;
  /** the record's entry in the module's `Types` map. */
  readonly entry: string;
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
  const skippedFields = plan.skippedFields.get(d.id);
  const flat = opaque ? [] : flatten(d, 0, ctx).filter((f) => !skippedFields?.has(f.field.name));
  const spell = index.cSpelling(d.id);
  const asserts: string[] = [];
  if (spell && !opaque) {
    const what = cString(spell);
    asserts.push(
      `_Static_assert(sizeof(${spell}) == ${d.size}, "${what}: size is not ${d.size} as libclang computed");`,
    );
    asserts.push(
      `_Static_assert(_Alignof(${spell}) == ${d.align}, "${what}: alignment is not ${d.align} as libclang computed");`,
    );
    for (const f of flat) {
      if (f.field.bitWidth !== undefined || !f.direct) continue;
      asserts.push(
        `_Static_assert(offsetof(${spell}, ${f.field.name}) == ${f.offsetBits / 8}, "${what}.${f.field.name}: offset is not ${f.offsetBits / 8}");`,
      );
    }
  }
  const className = plan.names.get(d.id) ?? 'anonymous';
  const ptr = opaque ? `$rt.Pointer<${jsString(canon)}, never>` : className;
  return {
    rconst: recordConst(d.id, index),
    canon,
    canonJs: jsString(canon),
    entry: `{ canon: ${jsString(canon)}; ptr: ${ptr}; value: ${ptr} }`,
    className,
    size: d.size,
    align: d.align,
    opaque,
    fields: flat.map((f) => fieldView(d, f.field, f.offsetBits, ctx)),
    asserts,
    jsdoc: jsdoc(d.comment, d.source),
  };
}

interface FlatField {
  readonly field: Field;
  readonly offsetBits: number;
  /** false for fields reached through an anonymous member whose offsetof C still accepts. */
  readonly direct: boolean;
}

function flatten(d: RecordDecl, base: number, ctx: EmitContext, direct = true): FlatField[] {
  return d.fields.flatMap((f) => {
    if (f.name !== '') return [{ field: f, offsetBits: base + f.offsetBits, direct }];
    const r = ctx.index.resolve(f.type);
    return r.kind === 'record' ? flatten(ctx.index.record(r.id), base + f.offsetBits, ctx, direct) : [];
  });
}

const DV: Record<string, [string, boolean]> = {
  i8: ['Int8', false],
  u8: ['Uint8', false],
  bool: ['Uint8', false],
  i16: ['Int16', true],
  u16: ['Uint16', true],
  i32: ['Int32', true],
  u32: ['Uint32', true],
  i64: ['BigInt64', true],
  u64: ['BigUint64', true],
};

function fieldView(rec: RecordDecl, f: Field, offsetBits: number, ctx: EmitContext): FieldView {
  const { index, plan, types } = ctx;
  const where = jsString(`${rec.name || 'anonymous'}.${f.name}`);
  const off = offsetBits / 8;
  const t: CType = f.type;
  const T = types.expr(t);
  const info = `{ name: ${jsString(f.name)}, offset: ${Math.floor(off)}, type: ${T}${f.bitWidth !== undefined ? `, bitOffset: ${offsetBits}, bitWidth: ${f.bitWidth}` : ''} }`;
  const doc = jsdoc(
    f.comment,
    cName(t, index, f.bitWidth !== undefined ? `${f.name} : ${f.bitWidth}` : f.name) + ';',
    '  ',
  );
  const tsGet = tsOut(t, index, plan);
  const tsSet = tsIn(t, index);
  const r = index.resolve(t);
  if (f.bitWidth !== undefined) {
    const c = conversionOf(t, index);
    const signed = c.kind === 'int' && c.code.startsWith('i');
    return {
      key: jsString(f.name),
      info,
      jsdoc: doc,
      tsGet: f.bitWidth > 32 ? 'bigint' : 'number',
      tsSet: f.bitWidth > 32 ? 'number | bigint' : 'number',
      get: `return $getBits(this.$v, ${offsetBits}, ${f.bitWidth}, ${signed});`,
      set: `$setBits(this.$v, ${offsetBits}, ${f.bitWidth}, ${signed}, v, ${where});`,
    };
  }
  if (r.kind === 'record' || r.kind === 'array') {
    return {
      key: jsString(f.name),
      info,
      jsdoc: doc,
      tsGet: r.kind === 'array' ? arrayType(r.of, ctx) : tsGet,
      tsSet:
        r.kind === 'array'
          ? `${arrayType(r.of, ctx)} | readonly unknown[]${isChar(r.of, ctx) ? ' | string | ArrayBufferView' : ''}`
          : `${tsGet} | $rt.Init<${tsGet}>`,
      get: `return this.$member(${off}, ${T});`,
      set: `$assign(this, ${off}, ${T}, v, ${where});`,
    };
  }
  const c = conversionOf(t, index);
  switch (c.kind) {
    case 'int': {
      const [m, le] = DV[c.code]!;
      const tail = le ? ', $LE' : '';
      const get =
        c.code === 'bool' ? `return this.$v.getUint8(${off}) !== 0;` : `return this.$v.get${m}(${off}${tail});`;
      return {
        key: jsString(f.name),
        info,
        jsdoc: doc,
        tsGet,
        tsSet,
        get,
        set: `this.$v.set${m}(${off}, \$${c.code}(v, ${where})${tail});`,
      };
    }
    case 'float': {
      const m = c.size === 4 ? 'Float32' : 'Float64';
      return {
        key: jsString(f.name),
        info,
        jsdoc: doc,
        tsGet,
        tsSet,
        get: `return this.$v.get${m}(${off}, $LE);`,
        set: `this.$v.set${m}(${off}, $f64(v, ${where}), $LE);`,
      };
    }
    case 'pointer': {
      const get = c.string
        ? `return $readScalar(${T}, this.$v, ${off});`
        : `return $wrap(${types.expr(c.to)}, this.$v.getBigUint64(${off}, $LE));`;
      return {
        key: jsString(f.name),
        info,
        jsdoc: doc,
        tsGet,
        tsSet: c.string ? `${tsSet} | string` : tsSet,
        get,
        set: `$writeScalar(${T}, this.$v, ${off}, v, ${where}, this);`,
      };
    }
    case 'record':
    case 'void':
      throw new Error(`internal: field ${rec.name}.${f.name} has no accessor`);
  }
}

function arrayType(of: CType, ctx: EmitContext): string {
  const r = ctx.index.resolve(of);
  const elem = r.kind === 'array' ? 'unknown' : tsOut(of, ctx.index, ctx.plan);
  return `$rt.CArray<${jsString(canonical(of, ctx.index))}, ${elem}>`;
}

function isChar(of: CType, ctx: EmitContext): boolean {
  const r = ctx.index.resolve(of);
  return r.kind === 'int' && r.size === 1 && r.name !== 'bool';
}
