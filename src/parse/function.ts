import type { RawFunction } from '../../native/index.js';
import type { FunctionDecl } from '../ir/index.js';
import { convertType } from './type.js';
import { declBase, type ParseContext } from './context.js';

/** `ZEXTERN int ZEXPORT deflate OF((z_streamp strm, int flush));` → a `FunctionDecl`. */
export function parseFunction(raw: RawFunction, ctx: ParseContext): FunctionDecl {
  return {
    kind: 'function',
    ...declBase(raw, ctx),
    result: convertType(raw.result),
    params: raw.params.map((p, i) => ({ name: p.name || `arg${i}`, type: convertType(p.type) })),
    variadic: raw.variadic,
    noProto: raw.noProto,
    inline: raw.inline,
    isStatic: raw.storage === 'static',
    hasBody: raw.definition,
    ...(raw.deprecated !== undefined ? { deprecated: raw.deprecated } : {}),
  };
}
