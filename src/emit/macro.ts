import type { MacroDecl } from '../ir/index.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import { jsdoc, jsString } from './text.js';

/** Everything the templates need for one macro constant. */
export interface MacroView {
  readonly key: string;
  readonly name: string;
  readonly cValue: string;
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
  let cValue: string;
  let ts: string;
  switch (v.kind) {
    case 'string':
      cValue = `cffi_from_string(cffi__env, ${d.name})`;
      ts = jsString(v.value);
      break;
    case 'float':
      cValue = `cffi_from_f64(cffi__env, (double)(${d.name}))`;
      ts = 'number';
      break;
    case 'int': {
      const c = conversionOf(v.type, ctx.index);
      const code = c.kind === 'int' ? c.code : 'i64';
      if (code === 'i64' || code === 'u64') {
        cValue = `cffi_from_${code}(cffi__env, (${code === 'i64' ? 'int64_t' : 'uint64_t'})(${d.name}))`;
        ts = `${v.value}n`;
      } else {
        cValue =
          code.startsWith('i') || code === 'bool'
            ? `cffi_from_i32(cffi__env, (int32_t)(${d.name}))`
            : `cffi_from_u32(cffi__env, (uint32_t)(${d.name}))`;
        ts = v.value;
      }
      break;
    }
  }
  return { key: jsString(d.name), name: d.name, cValue, ts, jsdoc: jsdoc(d.comment, `#define ${d.name} ${d.body}`) };
}
