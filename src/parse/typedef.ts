import type { RawTypedef } from '../../native/index.js';
import type { TypedefDecl } from '../ir/index.js';
import { convertType } from './type.js';
import { declBase, type ParseContext } from './context.js';

/** `typedef unsigned int uInt;` → a `TypedefDecl`. */
export function parseTypedef(raw: RawTypedef, ctx: ParseContext): TypedefDecl {
  return { kind: 'typedef', ...declBase(raw, ctx), type: convertType(raw.underlying) };
}
