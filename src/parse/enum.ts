import type { RawEnum } from '../../native/index.js';
import type { EnumDecl } from '../ir/index.js';
import { clean } from './comment.js';
import { convertType } from './type.js';
import { declBase, location, type ParseContext } from './context.js';

/** `enum color { RED = 1 }` → an `EnumDecl`; values stay decimal strings. */
export function parseEnum(raw: RawEnum, ctx: ParseContext): EnumDecl {
  return {
    kind: 'enum',
    ...declBase(raw, ctx),
    anonymous: raw.anonymous,
    base: convertType(raw.integerType),
    constants: raw.constants.map((c) => {
      const comment = c.comment ? clean(c.comment) : undefined;
      return { name: c.name, value: c.value, location: location(c.location), ...(comment ? { comment } : {}) };
    }),
  };
}
