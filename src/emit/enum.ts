import type { EnumDecl } from '../ir/index.js';
import { canonical } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import type { TypesEntryView } from './record.js';
import { enumConst } from './js-names.js';
import { cString, jsdoc, jsString } from './text.js';
import { enumLiterals, pointerType } from './ts-type.js';

/** Everything the templates need for one enum. */
export interface EnumView {
  readonly econst: string;
  readonly canon: string;
  readonly size: number;
  readonly signed: boolean;
  readonly typeName: string;
  readonly named: boolean;
  readonly constants: readonly {
    readonly key: string;
    /** the constant's C name, and the same escaped for a C string literal. */
    readonly name: string;
    readonly nameText: string;
    /** libclang's value: decimal, and as a C literal that keeps it (`hbs/c/enum.hbs` asserts it). */
    readonly value: string;
    readonly cValue: string;
    readonly js: string;
    readonly ts: string;
    readonly jsdoc: string;
  }[];
  readonly jsdoc: string;
  readonly canonJs: string;
  readonly entry: TypesEntryView;
  readonly tsBase: string;
}

/**
 * `enum color { RED = 1 }` becomes a runtime integer type `enum color`, `lib.RED` (a number, or a
 * bigint when the enum is 64-bit), a literal type in `.d.ts`, and `_Static_assert(RED == 1)`.
 */
export function enumView(d: EnumDecl, ctx: EmitContext): EnumView {
  const c = conversionOf(d.base, ctx.index);
  const big = c.kind === 'int' && (c.code === 'i64' || c.code === 'u64');
  const size = c.kind === 'int' && c.code !== 'bool' ? Number(c.code.slice(1)) / 8 : 4;
  const canon = canonical({ kind: 'enum', id: d.id }, ctx.index);
  const literals = enumLiterals(d, ctx.index);
  return {
    econst: enumConst(d.id, ctx.index),
    canon,
    canonJs: jsString(canon),
    entry: {
      key: jsString(canon),
      canonJs: jsString(canon),
      ptr: pointerType(jsString(canon), literals),
      value: literals,
    },
    tsBase: literals,
    size,
    signed: c.kind === 'int' && c.code.startsWith('i'),
    typeName: ctx.plan.names.get(d.id) ?? 'anonymous',
    named: !d.anonymous,
    constants: d.constants.map((k) => ({
      key: jsString(k.name),
      js: big ? `${k.value}n` : k.value,
      ts: big ? `${k.value}n` : k.value,
      name: k.name,
      nameText: cString(k.name),
      value: k.value,
      cValue: cLiteral(k.value),
      jsdoc: jsdoc(k.comment, `${k.name} = ${k.value}`, '  '),
    })),
    jsdoc: jsdoc(d.comment, d.source),
  };
}

/** A C integer literal for a decimal value, suffixed so that it keeps its value. */
export function cLiteral(v: string): string {
  const b = BigInt(v);
  if (b === -(1n << 63n)) return '(-9223372036854775807LL - 1)';
  return b > (1n << 63n) - 1n ? `${v}ULL` : `${v}LL`;
}
