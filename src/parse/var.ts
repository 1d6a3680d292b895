import type { RawVar } from '../../native/index.js';
import type { VarDecl } from '../ir/index.js';
import { convertType } from './type.js';
import { declBase, type ParseContext } from './context.js';

/** `extern const char *const names[];` → a `VarDecl`. */
export function parseVar(raw: RawVar, ctx: ParseContext): VarDecl {
  return { kind: 'var', ...declBase(raw, ctx), type: convertType(raw.type), isStatic: raw.storage === 'static' };
}
