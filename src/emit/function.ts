import type { CType, FunctionDecl, IrIndex } from '../ir/index.js';
import { cName } from './c-name.js';
import type { EmitContext } from './context.js';
import { conversionOf, INT_C_TYPE, type Conversion } from './conversion.js';
import { cString, jsdoc, jsString } from './text.js';
import { tsIn, tsOut } from './ts-type.js';

/** Everything the templates need for one function: `hbs/c/function.hbs`, `hbs/js/function.hbs`, `hbs/dts/function.hbs`. */
export interface FunctionView {
  readonly name: string;
  readonly jsName: string;
  readonly cSymbol: string;
  readonly cComment: string;
  readonly arity: number;
  readonly params: readonly {
    readonly local: string;
    readonly convert: string;
    readonly arg: string;
    readonly js: string;
    readonly jsName: string;
    readonly ts: string;
  }[];
  readonly temps: readonly number[];
  readonly isVoid: boolean;
  readonly resultLocal: string;
  readonly call: string;
  readonly ret: string;
  /** the library's symbol (declared weak; a build of the library may leave it out). */
  readonly weak: boolean;
  /** JS needs a wrapper (pointer arguments to check, a pointer result to wrap). */
  readonly wrapped: boolean;
  /** the JS wrapper's body expression: the native call, converted. */
  readonly jsBody: string;
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
  const temps: number[] = [];
  const params = d.params.map((p, i) => {
    const type = decay(p.type, index);
    const conv = conversionOf(type, index);
    const where = `"${cString(fn)}", "${cString(p.name)}", "${cString(cName(p.type, index))}"`;
    const local = `cffi__p${i}`;
    let decl: string;
    let convert: string;
    let js = safeParam(p.name, i);
    switch (conv.kind) {
      case 'int':
        decl = `${INT_C_TYPE[conv.code]} ${local}`;
        convert = `cffi_get_${conv.code}(cffi__env, cffi__argv[${i}], &${local}, ${where})`;
        break;
      case 'float':
        decl = `double ${local}`;
        convert = `cffi_get_f64(cffi__env, cffi__argv[${i}], &${local}, ${where})`;
        break;
      case 'pointer':
        decl = `void *${local}`;
        if (conv.bytes) {
          // void *: a pointer is the likelier argument; char *: a Buffer or a string
          const kind = index.resolve(conv.to).kind === 'void' ? 'bytes' : 'buffer';
          temps.push(i);
          convert = `cffi_get_${kind}(cffi__env, cffi__argv[${i}], &${local}, &cffi__s${i}, ${where})`;
          js = `$${kind}In(${js}, ${ctx.types.expr(conv.to)}, ${jsString(`${fn}(): argument '${p.name}'`)})`;
        } else {
          convert = `cffi_get_ptr(cffi__env, cffi__argv[${i}], &${local}, ${where})`;
          js = `$pointerIn(${js}, ${ctx.types.expr(conv.to)}, ${jsString(`${fn}(): argument '${p.name}'`)})`;
        }
        break;
      case 'record':
        // by value: JS passes a pointer to the record (a struct view), C copies it into the call
        decl = `void *${local}`;
        convert = `cffi_get_struct(cffi__env, cffi__argv[${i}], &${local}, ${where})`;
        js = `$pointerIn(${js}, ${ctx.types.expr(type)}, ${jsString(`${fn}(): argument '${p.name}'`)})`;
        break;
      case 'void':
        throw new Error(`internal: ${fn}: parameter ${p.name} is void`);
    }
    const cast =
      conv.kind === 'pointer'
        ? `(${cName(type, index)})(uintptr_t)${local}`
        : conv.kind === 'record'
          ? `*(${cName(type, index, '*')})${local}`
          : `(${cName(type, index)})${local}`;
    return {
      local: decl,
      convert,
      arg: cast,
      js,
      jsName: safeParam(p.name, i),
      ts: `${safeParam(p.name, i)}: ${tsIn(type, index)}`,
    };
  });
  const rconv = conversionOf(d.result, index);
  const isVoid = rconv.kind === 'void';
  const wrappedResult = (rconv.kind === 'pointer' && !rconv.string) || rconv.kind === 'record';
  const jsCall = `$f(${params.map((p) => p.js).join(', ')})`;
  return {
    name: fn,
    jsName: ctx.plan.names.get(d.id) ?? fn,
    cSymbol: `cffi_f_${fn}`,
    cComment: cName(
      d.result,
      index,
      `${fn}(${d.params.map((p) => cName(p.type, index, p.name)).join(', ') || 'void'})`,
    ).replace(/\*\//g, '* /'),
    arity: d.params.length,
    weak: !d.isStatic && !d.hasBody,
    params,
    temps,
    isVoid,
    resultLocal: isVoid ? '' : cName(d.result, index, 'cffi__r'),
    call: `${fn}(${params.map((p) => p.arg).join(', ')})`,
    ret: resultConversion(rconv),
    wrapped: wrappedResult || params.some((p) => p.js !== p.jsName),
    jsBody:
      rconv.kind === 'record'
        ? `$structResult(${ctx.types.expr(d.result)}, ${jsCall})`
        : wrappedResult
          ? `$wrapResult(${ctx.types.expr((rconv as Extract<Conversion, { kind: 'pointer' }>).to)}, ${jsCall})`
          : jsCall,
    jsdoc: jsdoc(d.comment, d.source),
    jsdocIndented: jsdoc(d.comment, d.source, '  '),
    jsKey: jsString(ctx.plan.names.get(d.id) ?? fn),
    jsIdent: safeParam(fn, 0),
    tsResult: tsOut(d.result, index, ctx.plan),
  };
}

function resultConversion(c: Conversion): string {
  switch (c.kind) {
    case 'void':
      return 'cffi_from_void(cffi__env)';
    case 'int':
      if (c.code === 'bool') return 'cffi_from_bool(cffi__env, cffi__r)';
      if (c.code === 'i64' || c.code === 'u64') return `cffi_from_${c.code}(cffi__env, (${INT_C_TYPE[c.code]})cffi__r)`;
      return c.code.startsWith('i')
        ? 'cffi_from_i32(cffi__env, (int32_t)cffi__r)'
        : 'cffi_from_u32(cffi__env, (uint32_t)cffi__r)';
    case 'float':
      return 'cffi_from_f64(cffi__env, (double)cffi__r)';
    case 'pointer':
      return c.string
        ? 'cffi_from_string(cffi__env, (const char *)cffi__r)'
        : 'cffi_from_result_ptr(cffi__env, (const void *)(uintptr_t)cffi__r)';
    case 'record':
      return 'cffi_from_struct(cffi__env, &cffi__r, sizeof cffi__r)';
  }
}

/** Array parameters are pointers in C (also when a typedef names the array type). */
function decay(t: CType, index: IrIndex): CType {
  const r = index.resolve(t);
  return r.kind === 'array' ? { kind: 'pointer', to: r.of } : t;
}

const JS_RESERVED = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield rt'.split(
    ' ',
  ),
);

/** A parameter name that is a valid JS identifier and cannot shadow the runtime. */
function safeParam(name: string, i: number): string {
  const n = name.replace(/[^A-Za-z0-9_$]/g, '_') || `arg${i}`;
  return JS_RESERVED.has(n) || n.startsWith('$') ? `${n}_` : n;
}
