import { INT_CODES } from '../runtime/primitives.cjs';
import type { CType, IrIndex, MacroDecl } from '../ir/index.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import { resultKind, type ResultKind } from './kinds.js';
import { stringLiteralValue } from './string-literal.js';
import { jsdoc, jsString } from './text.js';
import { pointerTo, tsOut } from './ts-type.js';

/** Everything the templates need for one macro constant. */
export interface MacroView {
  readonly key: string;
  readonly name: string;
  /** how the C value crosses into JS: `hbs/c/result/<kind>.hbs` over the macro's name. */
  readonly kind: ResultKind;
  /** a pointer macro: the JS side wraps the address as a typed pointer object of runtime type `type`. */
  readonly pointer: boolean;
  /** a compound-literal macro: each read of `lib.NAME` is a new JS-owned copy (a record view of type `type`). */
  readonly record: boolean;
  /** the runtime type (`$T<n>`, `$R<n>`) of a pointer's pointee or of the record; '' for numbers and strings. */
  readonly type: string;
  readonly ts: string;
  readonly jsdoc: string;
}

/**
 * `#define Z_OK 0`, `#define ZLIB_VERSION "1.2.13"`, `#define Z_NULL (-1)`: the value comes from
 * the C compiler itself (the module's `$macros()` evaluates each macro in C at load), so it is
 * right by construction; libclang's value only gives the `.d.ts` its literal type.
 * `#define SQLITE_TRANSIENT ((sqlite3_destructor_type)-1)` becomes a pointer object of the
 * compiler's type (NULL: `null`); `#define WHITE ((Color){255, 255, 255, 255})` a JS-owned `Color` view,
 * a new copy at each read so that the constant cannot be changed.
 */
export function macroView(d: MacroDecl, ctx: EmitContext): MacroView {
  const v = d.value!;
  const base = {
    key: jsString(d.name),
    name: d.name,
    pointer: false,
    record: false,
    type: '',
    jsdoc: jsdoc(d.comment, `#define ${d.name} ${d.body}`),
  };
  switch (v.kind) {
    case 'string':
      // C reads the literal to its end, NULs included; libclang's value stops at the first NUL
      return { ...base, kind: 'literal', ts: jsString(stringLiteralValue(d.body) ?? v.value) };
    case 'float':
      return { ...base, kind: 'f64', ts: 'number' };
    case 'int': {
      const c = conversionOf(v.type, ctx.index);
      // a C boolean macro reads as 0 or 1, as C would print it
      const kind = c.kind !== 'int' ? 'i64' : c.code === 'bool' ? 'i32' : resultKind(c);
      const big = c.kind !== 'int' || (c.code !== 'bool' && INT_CODES[c.code].big);
      return { ...base, kind, ts: big ? `${v.value}n` : v.value };
    }
    case 'pointer': {
      // always an address, never read as a string: `(char *)-1` points at nothing
      const r = ctx.index.resolve(v.type);
      if (r.kind !== 'pointer') throw new Error(`internal: pointer macro ${d.name} of a non-pointer type`);
      const ts = v.value === '0' ? 'null' : pointerTo(r.to, ctx.index, ctx.plan);
      return { ...base, kind: 'pointer', pointer: true, type: ctx.types.ref(r.to), ts };
    }
    case 'record':
      return {
        ...base,
        kind: 'record',
        record: true,
        type: ctx.types.ref(v.type),
        ts: tsOut(v.type, ctx.index, ctx.plan),
      };
  }
}

/** The runtime types a macro's JS refers to: a pointer macro's pointee, a compound literal's record. */
export function macroTypes(d: MacroDecl, index: IrIndex): CType[] {
  const v = d.value;
  if (v?.kind === 'record') return [v.type];
  const r = v?.kind === 'pointer' ? index.resolve(v.type) : undefined;
  return r?.kind === 'pointer' ? [r.to] : [];
}
