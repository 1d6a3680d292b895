import type { VarDecl } from '../ir/index.js';
import type { EmitContext } from './context.js';
import { cName, cSymbol } from './c-name.js';
import { jsdoc, jsString } from './text.js';
import { carrayType, tsIn, tsOut } from './ts-type.js';
import { conversionOf } from './conversion.js';
import { isInt64 } from './kinds.js';

/** Everything the templates need for one global variable. */
export interface VarView {
  readonly key: string;
  readonly name: string;
  readonly cSymbol: string;
  readonly type: string;
  readonly readonly: boolean;
  /** a const array or record: reads return a copy, so nothing can write into read-only memory. */
  readonly snapshot: boolean;
  /** the library's symbol (an extern, declared weak), not a header's own `static const`. */
  readonly weak: boolean;
  /** `--int64 number` and a 64-bit integer: reads become numbers (int64-number.cts). */
  readonly number64: boolean;
  readonly tsGet: string;
  readonly tsSet: string;
  readonly jsdoc: string;
}

/**
 * `extern int counter;` becomes `lib.counter`, a live accessor over the variable's memory: the C
 * side exports its address once, reads and writes go through the runtime's checked views.
 */
export function varView(d: VarDecl, ctx: EmitContext): VarView {
  const r = ctx.index.resolve(d.type);
  const isConst = d.type.const === true || r.const === true || r.kind === 'array' || r.kind === 'record';
  return {
    key: jsString(d.name),
    name: d.name,
    cSymbol: cSymbol('g', d.name),
    type: ctx.types.ref(d.type),
    readonly: isConst,
    snapshot:
      (r.kind === 'array' || r.kind === 'record') &&
      (d.type.const === true || r.const === true || (r.kind === 'array' && ctx.index.resolve(r.of).const === true)),
    weak: !d.isStatic,
    number64: ctx.int64 === 'number' && isInt64(conversionOf(d.type, ctx.index)),
    tsGet: r.kind === 'array' ? carrayType(r.of, ctx.index, ctx.plan) : tsOut(d.type, ctx.index, ctx.plan, ctx.int64),
    tsSet: r.kind === 'array' || r.kind === 'record' ? 'never' : tsIn(d.type, ctx.index),
    jsdoc: jsdoc(d.comment, d.source ?? cName(d.type, ctx.index, d.name)),
  };
}
