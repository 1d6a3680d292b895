import type { CType } from '../ir/index.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { cCode, cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import type { FunctionCType } from './fn-pointer-callable.js';
import type { ArgView } from './function.js';
import { argKind, jsResultKind, resultKind, type ArgKind, type JsResultKind, type ResultKind } from './kinds.js';
import { cString, jsString } from './text.js';
import { argType, decay, resultType } from './types-used.js';

/**
 * One argument C passes to a JS callback: kept in the call's frame as `member`, made a JS value by
 * the `hbs/c/result/<resultKind>` partial, then wrapped in JS by `hbs/js/callback-arg/<jsKind>`.
 */
export interface CallbackArgView {
  /** the frame member, and the pool function's parameter: `a1`. */
  readonly jsName: string;
  /** the C expression the result partial converts: `cffi__f->a1`. */
  readonly member: string;
  /** the parameter declared as C spells it: `const char *a1`. */
  readonly decl: string;
  readonly resultKind: ResultKind;
  readonly jsKind: JsResultKind;
  /** the runtime type const a pointer or record argument is wrapped with (`''` for plain values). */
  readonly typeRef: string;
}

/**
 * The other direction of a function-pointer type: JS functions that C calls (`hbs/c/callback.hbs`,
 * `hbs/js/callback.hbs`), a pool of `CFFI_CB_POOL` (64) C functions per type. Each argument crosses
 * C → JS as a result does; the JS function's result crosses JS → C as a `lib` argument does (its
 * `ArgView`, `hbs/{c,js}/arg` partials). A result pointer must be a pointer, not a string or buffer,
 * whose memory would be gone when C reads it.
 */
export interface CallbackView {
  /** the native that takes a pool slot: `cffi_cb_<n>`; its pool functions are `cffi_cb_<n>_<id>`. */
  readonly cbSymbol: string;
  readonly cbArgs: readonly CallbackArgView[];
  readonly cbArgc: number;
  /** the JS result's conversion into C (absent for void). */
  readonly cbResult: ArgView | undefined;
  /** the frame member holding the result, declared: `int cffi__r`. */
  readonly cbResultDecl: string;
  /** the pool function's declarator, `id` pasted by the preprocessor: `int cffi_cb_3_##id(int a1, int a2)`. */
  readonly cbSlotDecl: string;
}

/** `int (*)(int, int)` as a callback; `typeConst` (`$T<n>`) names its natives; `spelling` is the pointer's. */
export function callbackView(fn: FunctionCType, typeConst: string, spelling: string, ctx: EmitContext): CallbackView {
  const { index } = ctx;
  const cbSymbol = `cffi_cb_${typeConst.slice(2)}`;
  const cbArgs = fn.params.map((p, i): CallbackArgView => {
    const type = decay(p, index);
    const conv = conversionOf(type, index);
    const used = resultType(type, index);
    const name = `a${i + 1}`;
    return {
      jsName: name,
      member: `cffi__f->${name}`,
      decl: cCode(type, index, name),
      resultKind: resultKind(conv),
      jsKind: jsResultKind(conv),
      typeRef: used ? ctx.types.ref(used) : '',
    };
  });
  const params = cbArgs.map((a) => a.decl).join(', ') || 'void';
  const isVoid = conversionOf(fn.result, index).kind === 'void';
  return {
    cbSymbol,
    cbArgs,
    cbArgc: cbArgs.length,
    cbResult: isVoid ? undefined : resultView(fn.result, spelling, ctx),
    cbResultDecl: isVoid ? '' : cCode(fn.result, index, 'cffi__r'),
    cbSlotDecl: cCode(fn.result, index, `${cbSymbol}_##id(${params})`),
  };
}

/** What the JS function returns, converted as argument 0 of a `lib` call (`cffi__argv[0]` → `cffi__p0`). */
function resultView(type: CType, spelling: string, ctx: EmitContext): ArgView {
  const conv = conversionOf(type, ctx.index);
  const used = argType(type, ctx.index);
  const kind: ArgKind = pointerOnly(argKind(conv, ctx.index));
  return {
    kind,
    index: 0,
    code: conv.kind === 'int' ? conv.code : '',
    cTemp: conv.kind === 'int' ? INT_CODES[conv.code].cType : '',
    cType: cCode(type, ctx.index),
    cPointer: cCode(type, ctx.index, '*'),
    fnText: cString(`callback ${spelling}`),
    paramText: 'return value',
    typeText: cString(cName(type, ctx.index)),
    jsName: '$r',
    typeRef: used ? ctx.types.ref(used) : '',
    whereJs: jsString(`callback ${spelling}: the return value`),
    ts: '',
    rest: false,
  };
}

/**
 * A string or buffer would not outlive the callback: a `char *` / `void *` result takes pointers only;
 * a JS function returned as a function pointer lives as long as that function (not for a call).
 */
function pointerOnly(k: ArgKind): ArgKind {
  return k === 'bytes' || k === 'buffer' || k === 'callback' ? 'pointer' : k;
}
