import { assertNever, type CType, type IrIndex } from '../ir/index.js';
import type { Plan } from '../passes/index.js';
import { INT_CODES } from '../runtime/primitives.cjs';
import { canonical, cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf } from './conversion.js';
import type { ArgView } from './function.js';
import { argKind, jsResultKind, resultKind, type JsResultKind, type ResultKind } from './kinds.js';
import { cString, jsString } from './text.js';
import { tsIn } from './ts-type.js';

/** A C function type, as the IR spells it. */
export type FunctionCType = Extract<CType, { kind: 'function' }>;

/**
 * The call through a pointer of one function type: `hbs/c/fn-pointer.hbs` (the C trampoline
 * `cffi_fp_<n>(address, args...)`) and `hbs/js/fn-pointer.hbs` (the wrapper that checks the
 * arguments, the type's `call` at run time). Its parameters are `ArgView`s as a `lib` function's,
 * converted by the same `hbs/{c,js}/arg` partials, after the pointer itself (argument 0).
 */
export interface FnPointerView {
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
    callable: !why,
    whyJs: jsString(why),
    cSymbol: `cffi_fp_${typeConst.slice(2)}`,
    cType: cName({ kind: 'pointer', to: fn }, index),
    cComment: spelling.replace(/\*\//g, '* /'),
    fnText,
    fnKey: jsString(spelling),
    arity: args.length,
    argc: args.length + 1,
    params: [self, ...args],
    args,
    temps: args.filter((p) => p.kind === 'bytes' || p.kind === 'buffer').map((p) => p.index),
    isVoid: rconv.kind === 'void',
    resultLocal: rconv.kind === 'void' ? '' : cName(fn.result, index, 'cffi__r'),
    resultKind: resultKind(rconv),
    jsResultKind: jsResultKind(rconv),
    resultType: resultUsed ? ctx.types.ref(resultUsed) : '',
  };
}

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
    cType: cName(type, ctx.index),
    cPointer: cName(type, ctx.index, '*'),
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
  const used = [...fn.params.map((p) => argType(decay(p, index), index)), resultType(fn.result, index)];
  return used.filter((t): t is CType => t !== undefined);
}

/**
 * Why JS cannot call a pointer of this type (`''` when it can): a variadic one (its extras' types
 * are not in the type), or one with a parameter or result the module cannot convert or spell.
 */
export function notCallable(fn: FunctionCType, index: IrIndex, plan: Plan): string {
  if (fn.variadic) return 'the function is variadic (the types of its extra arguments are unknown)';
  for (const t of [...fn.params, fn.result]) {
    const bad = unconvertible(t, index, plan, t === fn.result);
    if (bad) return `its type '${canonical(t, index)}' ${bad}`;
  }
  return '';
}

/** Why a parameter or result of type `t` cannot cross (`''` when it can). */
function unconvertible(t: CType, index: IrIndex, plan: Plan, result: boolean): string {
  const r = index.resolve(t);
  if (r.kind === 'unsupported') return 'cannot be converted';
  if (r.kind === 'void') return result ? '' : 'is void';
  if (r.kind === 'record' && (!emitted(plan).has(r.id) || plan.opaque.has(r.id)))
    return 'passes a record by value whose layout the module does not have';
  if (!spellable(t, index)) return 'cannot be spelled in C (an anonymous record or enum)';
  return '';
}

const emittedSets = new WeakMap<Plan, ReadonlySet<string>>();
/** The Plan's emitted declarations as a set, made once per Plan. */
function emitted(plan: Plan): ReadonlySet<string> {
  let set = emittedSets.get(plan);
  if (!set) emittedSets.set(plan, (set = new Set(plan.order)));
  return set;
}

/** Whether C can spell `t` as written (typedef names kept; an anonymous record or enum cannot be). */
function spellable(t: CType, index: IrIndex): boolean {
  switch (t.kind) {
    case 'record':
    case 'enum':
      return index.cSpelling(t.id) !== undefined;
    case 'pointer':
      return spellable(t.to, index);
    case 'array':
      return spellable(t.of, index);
    case 'function':
      return [t.result, ...t.params].every((p) => spellable(p, index));
    case 'void':
    case 'int':
    case 'float':
    case 'complex':
    case 'typedef':
    case 'unsupported':
      return true;
    default:
      return assertNever(t);
  }
}

/** `int (int, int)` → `int (*)(int, int)`, as the runtime spells pointers to functions (ctype.cts). */
function pointerSpelling(canon: string): string {
  const open = canon.indexOf(' (');
  return open < 0 ? `${canon} *` : `${canon.slice(0, open)} (*)${canon.slice(open + 1)}`;
}

/** The runtime type an argument's JS check needs: the pointee, or the record passed by value. */
function argType(type: CType, index: IrIndex): CType | undefined {
  const conv = conversionOf(type, index);
  return conv.kind === 'pointer' ? conv.to : conv.kind === 'record' ? type : undefined;
}

/** The runtime type a result's JS wrapping needs: the pointee, or the record returned by value. */
function resultType(type: CType, index: IrIndex): CType | undefined {
  const conv = conversionOf(type, index);
  const kind = jsResultKind(conv);
  return kind === 'record' ? type : kind === 'pointer' && conv.kind === 'pointer' ? conv.to : undefined;
}

/** Array parameters are pointers in C (also when a typedef names the array type). */
function decay(t: CType, index: IrIndex): CType {
  const r = index.resolve(t);
  return r.kind === 'array' ? { kind: 'pointer', to: r.of } : t;
}
