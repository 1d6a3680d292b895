import type { TypedefDecl } from '../ir/index.js';
import { canonical } from './c-name.js';
import type { EmitContext } from './context.js';
import type { TypesEntryView } from './record.js';
import { jsdoc, jsString } from './text.js';
import { pointerTo, pointerType, tsOut } from './ts-type.js';

/** Everything the templates need for one typedef. */
export interface TypedefView {
  readonly key: string;
  readonly name: string;
  /** the runtime type const the name aliases. */
  readonly target: string;
  readonly tsType: string;
  readonly entry: TypesEntryView;
  readonly jsdoc: string;
}

/**
 * `typedef struct z_stream_s z_stream;` makes `z_stream` another name for the same runtime type
 * (so `ffi.new('z_stream *')` works), a TS type alias, and an entry of the module's type map.
 */
export function typedefView(d: TypedefDecl, ctx: EmitContext): TypedefView {
  const { index, plan } = ctx;
  const r = index.resolve(d.type);
  const name = plan.names.get(d.id) ?? d.name;
  const tsType =
    r.kind === 'function' ? pointerType(jsString(canonical(r, index)), 'never') : tsOut(d.type, index, plan);
  const value = r.kind === 'record' || r.kind === 'function' ? tsType : r.kind === 'array' ? 'unknown' : tsType;
  return {
    key: jsString(d.name),
    name,
    target: ctx.types.ref(d.type),
    tsType,
    entry: {
      key: jsString(d.name),
      canonJs: jsString(canonical(d.type, index)),
      ptr: pointerTo(d.type, index, plan),
      value,
    },
    jsdoc: jsdoc(d.comment, d.source),
  };
}
