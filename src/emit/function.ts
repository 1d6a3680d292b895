import type { CType, FunctionDecl, IrIndex } from '../ir/index.js';
import { cCode, cName, cSymbol } from './c-name.js';
import type { EmitContext } from './context.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { conversionOf } from './conversion.js';
import { safeParam, safeParams } from './js-names.js';
import {
  argChecked,
  argKind,
  callKind,
  jsResultKind,
  resultKind,
  type ArgKind,
  type CallKind,
  type JsResultKind,
  type ResultKind,
} from './kinds.js';
import { cComment, cString, jsdoc, jsString } from './text.js';
import { tsIn, tsOut } from './ts-type.js';
import { argType, decay, resultType } from './types-used.js';
import { withDeprecated } from './deprecated.js';

/** One parameter: `hbs/c/arg/<kind>.hbs` converts it in the trampoline, `hbs/js/arg/<kind>.hbs` checks it. */
export interface ArgView {
  readonly kind: ArgKind;
  /** the argument's position (the trampoline's local is `cffi__p<index>`). */
  readonly index: number;
  /** the integer code (`i32`, `u64`, `bool`, ...) of an int argument, else `''`. */
  readonly code: string;
  /** the fixed-width C type an int argument is converted into, else `''`. */
  readonly cTemp: string;
  /** the parameter's C type (arrays decayed), and a pointer to it. */
  readonly cType: string;
  readonly cPointer: string;
  /** function, parameter and C type for error messages, escaped for a C string literal. */
  readonly fnText: string;
  readonly paramText: string;
  readonly typeText: string;
  readonly jsName: string;
  /** the runtime type const the JS check uses (`''` when JS does not check the kind). */
  readonly typeRef: string;
  /** `"fn(): argument 'x'"`, a JS string literal (for `varargs`, the function's name). */
  readonly whereJs: string;
  readonly ts: string;
  /** the `.d.ts` spells it as a rest parameter (`...extras`): the extras of a variadic function. */
  readonly rest: boolean;
}

/** Everything the templates need for one function: `hbs/{c,js,dts}/function.hbs`. */
export interface FunctionView {
  readonly name: string;
  readonly jsName: string;
  readonly cSymbol: string;
  /** `.async`: its trampoline (`cffi_a_<fn>`); `cffi_aw_`/`cffi_ax_`/`cffi_ac_` + `symbolBase` name its work
   *  block, its thread-pool part and its completion (hbs/c/async.hbs). */
  readonly asyncSymbol: string;
  readonly symbolBase: string;
  readonly cComment: string;
  /** the fixed parameters' count: the native trampoline's (a variadic one takes [kind, value] pairs after them). */
  readonly arity: number;
  /** the fixed parameters, then for a variadic function its extras (kind `varargs`). */
  readonly params: readonly ArgView[];
  /** a parameter takes a JS function (a callback valid for the call): the JS wrapper releases it after */
  readonly hasCallback: boolean;
  /** the fixed parameters alone (a libffi call sets up each one's type and address). */
  readonly fixed: readonly ArgView[];
  readonly variadic: boolean;
  readonly callKind: CallKind;
  /** the result's C type, abstract (`int`, `char *`): its libffi type is chosen from it. */
  readonly cResult: string;
  /** indexes of the arguments that need a temporary (a string copied for the call). */
  readonly temps: readonly number[];
  readonly isVoid: boolean;
  /** the result's local, declared with the result's C type; `resultMember` the same as the work block's `r`. */
  readonly resultLocal: string;
  readonly resultMember: string;
  readonly resultKind: ResultKind;
  readonly jsResultKind: JsResultKind;
  /** the runtime type const the JS wrapper wraps the result with (`''` for plain values). */
  readonly resultType: string;
  /**
   * the library symbols the call needs, declared weak (a build of the library may leave one out):
   * the function itself, or what a function-like macro calls; each missing one makes the call throw.
   */
  readonly guards: readonly string[];
  /** JS needs a wrapper (pointer arguments to check, a pointer result to wrap). */
  readonly wrapped: boolean;
  readonly jsdoc: string;
  readonly jsdocIndented: string;
  readonly tsResult: string;
  readonly jsKey: string;
  readonly jsIdent: string;
}

/**
 * `int deflate(z_streamp strm, int flush)` becomes a C trampoline `cffi_f_deflate` that converts
 * and checks each argument (cffi.h), calls `deflate`, records errno and converts the result;
 * plus, when a pointer crosses, a JS wrapper that checks pointer types and wraps results.
 * A struct by value crosses as a pointer to it (argument) or a copy in a new ArrayBuffer (result).
 */
export function functionView(d: FunctionDecl, ctx: EmitContext): FunctionView {
  const { index } = ctx;
  const fn = d.name;
  const jsNames = safeParams(d.params.map((p) => p.name));
  const fixed = d.params.map((p, i): ArgView => {
    const type = decay(p.type, index);
    const conv = conversionOf(type, index);
    const kind = argKind(conv, index);
    const typeUsed = argType(type, index);
    return {
      kind,
      index: i,
      code: conv.kind === 'int' ? conv.code : '',
      cTemp: conv.kind === 'int' ? INT_CODES[conv.code].cType : '',
      cType: cCode(type, index),
      cPointer: cCode(type, index, '*'),
      fnText: cString(fn),
      paramText: cString(p.name),
      typeText: cString(cName(p.type, index)),
      jsName: jsNames[i]!,
      typeRef: typeUsed ? ctx.types.ref(typeUsed) : '',
      whereJs: jsString(`${fn}(): argument '${p.name}'`),
      ts: tsIn(type, index),
      rest: false,
    };
  });
  const params = d.variadic ? [...fixed, extrasView(fixed, fn)] : fixed;
  const rconv = conversionOf(d.result, index);
  const jsResult = jsResultKind(rconv, ctx.int64);
  const resultUsed = resultType(d.result, index);
  return {
    // the C function the trampoline calls (for a --variadic instantiation, the one it instantiates)
    name: d.callee ?? fn,
    jsName: ctx.plan.names.get(d.id) ?? fn,
    cSymbol: cSymbol('f', fn),
    cComment: cComment(cName(d.result, index, `${fn}(${declaredParams(d, index)})`)),
    asyncSymbol: cSymbol('a', fn),
    symbolBase: cSymbol('b', fn),
    arity: d.params.length,
    guards: !d.isStatic && !d.hasBody ? [d.callee ?? fn] : (d.calls ?? []),
    params,
    hasCallback: params.some((p) => p.kind === 'callback'),
    fixed,
    variadic: d.variadic,
    callKind: callKind(d),
    cResult: cCode(d.result, index),
    temps: params.filter((p) => p.kind === 'bytes' || p.kind === 'buffer').map((p) => p.index),
    isVoid: rconv.kind === 'void',
    resultLocal: rconv.kind === 'void' ? '' : cCode(d.result, index, 'cffi__r'),
    resultMember: rconv.kind === 'void' ? '' : cCode(d.result, index, 'cffi_r'),
    resultKind: resultKind(rconv),
    jsResultKind: jsResult,
    resultType: resultUsed ? ctx.types.ref(resultUsed) : '',
    wrapped: jsResult !== 'value' || params.some((p) => argChecked(p.kind)),
    jsdoc: withDeprecated(jsdoc(d.comment, d.source), d.deprecated),
    jsdocIndented: withDeprecated(jsdoc(d.comment, d.source, '  '), d.deprecated, '  '),
    jsKey: jsString(ctx.plan.names.get(d.id) ?? fn),
    jsIdent: safeParam(fn, 0),
    tsResult: tsOut(d.result, index, ctx.plan, ctx.int64),
  };
}

/** The parameter list as C declares it: `int a, char *b`, `const char *fmt, ...`, or `void`. */
function declaredParams(d: FunctionDecl, index: IrIndex): string {
  const list = d.params.map((p) => cName(p.type, index, p.name));
  return [...list, ...(d.variadic ? ['...'] : [])].join(', ') || 'void';
}

/**
 * The extras of a variadic function, one pseudo-parameter after the fixed ones: the JS wrapper
 * packs them (`$rt.varargs`), the trampoline converts them (cffi-variadic.h); typed `...extras`.
 */
function extrasView(fixed: readonly ArgView[], fn: string): ArgView {
  let name = 'extras';
  while (fixed.some((p) => p.jsName === name)) name += '_';
  const text = cString('...');
  return {
    kind: 'varargs',
    index: fixed.length,
    code: '',
    cTemp: '',
    cType: '',
    cPointer: '',
    fnText: cString(fn),
    paramText: text,
    typeText: text,
    jsName: name,
    typeRef: '',
    whereJs: jsString(fn),
    ts: '$rt.VarArg[]',
    rest: true,
  };
}

/** The types a function's JS wrapper refers to (the type table walks these), in the order the view uses them. */
export function functionTypes(d: FunctionDecl, index: IrIndex): CType[] {
  const used = [...d.params.map((p) => argType(decay(p.type, index), index)), resultType(d.result, index)];
  return used.filter((t): t is CType => t !== undefined);
}
