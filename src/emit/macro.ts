import type { MacroDecl } from '../ir/index.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import { resultKind, type ResultKind } from './kinds.js';
import { jsdoc, jsString } from './text.js';

/** Everything the templates need for one macro constant. */
export interface MacroView {
  readonly key: string;
  readonly name: string;
  /** how the C value crosses into JS: `hbs/c/result/<kind>.hbs` over the macro's name. */
  readonly kind: ResultKind;
  readonly ts: string;
  readonly jsdoc: string;
}

/**
 * `#define Z_OK 0`, `#define ZLIB_VERSION "1.2.13"`, `#define Z_NULL (-1)`: the value comes from
 * the C compiler itself (the module's `$macros()` evaluates each macro in C at load), so it is
 * right by construction; libclang's value only gives the `.d.ts` its literal type.
 */
export function macroView(d: MacroDecl, ctx: EmitContext): MacroView {
  const v = d.value!;
  const base = { key: jsString(d.name), name: d.name, jsdoc: jsdoc(d.comment, `#define ${d.name} ${d.body}`) };
  switch (v.kind) {
    case 'string':
      return { ...base, kind: 'string', ts: jsString(v.value) };
    case 'float':
      return { ...base, kind: 'f64', ts: 'number' };
    case 'int': {
      const c = conversionOf(v.type, ctx.index);
      // a C boolean macro reads as 0 or 1, as C would print it
      const kind = c.kind !== 'int' ? 'i64' : c.code === 'bool' ? 'i32' : resultKind(c);
      return { ...base, kind, ts: kind === 'i64' || kind === 'u64' ? `${v.value}n` : v.value };
    }
  }
}
