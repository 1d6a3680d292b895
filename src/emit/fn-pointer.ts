import type { CType, IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { callbackView, type CallbackView } from './callback.js';
import { canonical, cCode, cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import { notCallable, type FunctionCType } from './fn-pointer-callable.js';
import type { ArgView } from './function.js';
import { argKind, jsResultKind, resultKind, type JsResultKind, type ResultKind } from './kinds.js';
import { cComment, cString, jsString } from './text.js';
import { tsIn } from './ts-type.js';
import { argType, decay, resultType } from './types-used.js';

/**
 * The call through a pointer of one function type: `hbs/c/fn-pointer.hbs` (the C trampoline
 * `cffi_fp_<n>(address, args...)`) and `hbs/js/fn-pointer.hbs` (the wrapper that checks the
 * arguments, the type's `call` at run time). Its parameters are `ArgView`s as a `lib` function's,
 * converted by the same `hbs/{c,js}/arg` partials, after the pointer itself (argument 0). A type JS
 * can call is also one JS functions can be passed as (its `CallbackView` fields: callback.ts).
 */
export interface FnPointerView extends CallbackView {
  /** JS can call a pointer of this type; if not, `whyJs` says why (a JS string literal). */
  readonly callable: boolean;
  readonly whyJs: string;
  readonly cSymbol: string;
  /** the pointer type as C spells it, for the cast of the address: `int (*)(int, int)`. */
  readonly cType: string;
  /** `int (*)(int, int)`, escaped for a C comment, a C string literal and as a JS string literal. */
  readonly cComment: string;
  readonly fnText: string;
  readonly fnKey: string;
  readonly arity: number;
  /** the trampoline's argument count: the pointer, then the parameters. */
  readonly argc: number;
  /** the pointer (kind `pointer`, checked against its own type), then `args`. */
  readonly params: readonly ArgView[];
  readonly args: readonly ArgView[];
  readonly temps: readonly number[];
  readonly isVoid: boolean;
  readonly resultLocal: string;
  readonly resultKind: ResultKind;
  readonly jsResultKind: JsResultKind;
  readonly resultType: string;
}

/**
 * `int (*)(int, int)` (a field, a global, a result, a typedef) becomes a C trampoline that takes the
 * address and the arguments, converts them as a `lib` trampoline does and calls through the
 * address; `typeConst` is the function type's runtime const (`$T<n>`), which names the trampoline.
 */
export function fnPointerView(fn: FunctionCType, typeConst: string, ctx: EmitContext): FnPointerView {
  const { index } = ctx;
  const why = notCallable(fn, index, ctx.plan);
  const spelling = pointerSpelling(canonical(fn, index));
  const fnText = cString(spelling);
  const where = (what: string): string => jsString(`${spelling}(): ${what}`);
  const self: ArgView = {
    ...blankArg(0, fnText),
    kind: 'pointer',
    cType: 'void *',
    cPointer: 'void **',
    paramText: cString('the function pointer'),
    typeText: fnText,
    jsName: '$p',
    typeRef: typeConst,
    whereJs: where('the function pointer'),
  };
  const args = why ? [] : fn.params.map((p, i) => argView(decay(p, index), i, fnText, where, ctx));
  const rconv = why ? { kind: 'void' as const } : conversionOf(fn.result, index);
  const resultUsed = why ? undefined : resultType(fn.result, index);
  return {
    ...(why ? NO_CALLBACK : callbackView(fn, typeConst, spelling, ctx)),
    callable: !why,
    whyJs: jsString(why),
    cSymbol: `cffi_fp_${typeConst.slice(2)}`,
    cType: cCode({ kind: 'pointer', to: fn }, index),
    cComment: cComment(spelling),
    fnText,
    fnKey: jsString(spelling),
    arity: args.length,
    argc: args.length + 1,
    params: [self, ...args],
    args,
    temps: args.filter((p) => p.kind === 'bytes' || p.kind === 'buffer').map((p) => p.index),
    isVoid: rconv.kind === 'void',
    resultLocal: rconv.kind === 'void' ? '' : cCode(fn.result, index, 'cffi__r'),
    resultKind: resultKind(rconv),
    jsResultKind: jsResultKind(rconv),
    resultType: resultUsed ? ctx.types.ref(resultUsed) : '',
  };
}

const NO_CALLBACK: CallbackView = {
  cbSymbol: '',
  cbArgs: [],
  cbArgc: 0,
  cbResult: undefined,
  cbResultDecl: '',
  cbSlotDecl: '',
};

/** Parameter `i` (argument `i + 1` of the trampoline, after the pointer), as a `lib` function's. */
function argView(type: CType, i: number, fnText: string, where: (what: string) => string, ctx: EmitContext): ArgView {
  const conv = conversionOf(type, ctx.index);
  const used = argType(type, ctx.index);
  const name = `a${i + 1}`;
  return {
    ...blankArg(i + 1, fnText),
    kind: argKind(conv, ctx.index),
    code: conv.kind === 'int' ? conv.code : '',
    cTemp: conv.kind === 'int' ? INT_CODES[conv.code].cType : '',
    cType: cCode(type, ctx.index),
    cPointer: cCode(type, ctx.index, '*'),
    paramText: cString(String(i + 1)),
    typeText: cString(cName(type, ctx.index)),
    jsName: name,
    typeRef: used ? ctx.types.ref(used) : '',
    whereJs: where(`argument '${i + 1}'`),
    ts: tsIn(type, ctx.index),
  };
}

function blankArg(index: number, fnText: string): ArgView {
  return {
    kind: 'int',
    index,
    code: '',
    cTemp: '',
    cType: '',
    cPointer: '',
    fnText,
    paramText: '',
    typeText: '',
    jsName: '',
    typeRef: '',
    whereJs: '',
    ts: '',
    rest: false,
  };
}

/**
 * The types a pointer of this function type's wrapper refers to (the type table interns them with
 * the function type): each parameter's pointee or record, the result's.
 */
export function fnPointerTypes(fn: FunctionCType, index: IrIndex, plan: Plan): CType[] {
  if (notCallable(fn, index, plan)) return [];
  // a callback's arguments are wrapped as results are, its result checked as an argument is
  const params = fn.params.map((p) => decay(p, index));
  const used = [
    ...params.map((p) => argType(p, index)),
    resultType(fn.result, index),
    ...params.map((p) => resultType(p, index)),
    argType(fn.result, index),
  ];
  return used.filter((t): t is CType => t !== undefined);
}

/** `int (int, int)` → `int (*)(int, int)`, as the runtime spells pointers to functions (ctype.cts). */
function pointerSpelling(canon: string): string {
  const open = canon.indexOf(' (');
  return open < 0 ? `${canon} *` : `${canon.slice(0, open)} (*)${canon.slice(open + 1)}`;
}
