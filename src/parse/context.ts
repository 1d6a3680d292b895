import type { RawDeclBase, RawLocation } from '../../native/index.js';
import type { DeclBase, Location } from '../ir/index.js';
import { commentFor } from './comment.js';
import type { SourceFiles } from './source.js';

/** What every per-kind parser needs. */
export interface ParseContext {
  readonly files: SourceFiles;
}

/** An IR location from a libclang one. */
export function location(l: RawLocation): Location {
  return { file: l.file, line: l.line, column: l.column };
}

/** The fields every declaration shares: id, name, location, comment, source text. */
export function declBase(raw: RawDeclBase, ctx: ParseContext): DeclBase {
  const comment = commentFor(raw, ctx.files);
  const source = ctx.files.quote(raw.extent);
  return {
    id: raw.id,
    name: raw.name,
    location: location(raw.location),
    ...(comment ? { comment } : {}),
    ...(source ? { source } : {}),
  };
}
