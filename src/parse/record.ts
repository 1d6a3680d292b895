import type { RawRecord } from '../../native/index.js';
import type { RecordDecl } from '../ir/index.js';
import { clean } from './comment.js';
import { convertType } from './type.js';
import { declBase, type ParseContext } from './context.js';

/** `struct z_stream_s { Bytef *next_in; ... }` → a `RecordDecl` with libclang's layout. */
export function parseRecord(raw: RawRecord, ctx: ParseContext): RecordDecl {
  return {
    kind: 'record',
    ...declBase(raw, ctx),
    tag: raw.tag,
    anonymous: raw.anonymous,
    complete: raw.complete,
    size: raw.size,
    align: raw.align,
    fields: raw.fields.map((f) => {
      const comment = f.comment ? clean(f.comment) : undefined;
      return {
        name: f.name,
        type: convertType(f.type),
        offsetBits: f.offsetBits,
        ...(f.bitWidth >= 0 ? { bitWidth: f.bitWidth } : {}),
        ...(comment ? { comment } : {}),
      };
    }),
  };
}
