import type { RawDecl, RawDiagnostic } from '../../native/index.js';
import type { VariadicOption } from '../config/index.js';
import { fail } from '../diagnostics/index.js';
import type { CType, Decl, FunctionDecl, IrIndex } from '../ir/index.js';
import { convertType } from './type.js';

/** The probe function whose one parameter is the i-th --variadic declaration. */
const probeName = (i: number) => `__cffi_variadic_${i}`;

/**
 * The lines that let libclang parse each --variadic declaration with the headers' types in scope:
 * `void __cffi_variadic_0(int printf(const char *, int));`. As a parameter, the declaration lives
 * in the probe's own scope, so it cannot clash with the header's `printf`, and libclang hands back
 * its name and its function type: no C is ever read by a regular expression.
 */
export function variadicProbe(options: readonly VariadicOption[]): string {
  return options.map((o, i) => `void ${probeName(i)}(${o.signature.replace(/\n/g, ' ')});\n`).join('');
}

/** Whether a raw declaration is one of the probes (left out of the IR). */
export function isVariadicProbe(d: RawDecl): boolean {
  return d.kind === 'function' && d.name.startsWith('__cffi_variadic_');
}

/**
 * Any diagnostic libclang gives on a probe line (line `first` + i) is the user's: an error naming
 * the option. A warning counts too: `int f(const char *, inx)` only warns, then reads `inx` as int.
 */
export function checkVariadicDiagnostics(
  options: readonly VariadicOption[],
  diagnostics: readonly RawDiagnostic[],
  entry: string,
  first: number,
): void {
  for (const d of diagnostics) {
    if (!d.location || d.location.file !== entry || d.location.line < first) continue;
    const o = options[d.location.line - first];
    if (o) fail('CI006', { message: `--${o.flag ?? 'variadic'} '${o.text}': ${d.message}` });
  }
}

/**
 * The fixed instantiations as functions of the IR (`callee` is the C function they call), each
 * placed just before the variadic function it instantiates: first in source order, so that one
 * without an alias takes the function's name on `lib`. Each must name a variadic function of the
 * headers and repeat its fixed parameters' types; anything else is an error naming the option.
 */
export function withVariadicInstances(
  decls: readonly Decl[],
  options: readonly VariadicOption[],
  probes: readonly RawDecl[],
  index: IrIndex,
): Decl[] {
  const before = new Map<string, FunctionDecl[]>();
  options.forEach((o, i) => {
    const bad = (why: string): never => fail('CI006', { message: `--${o.flag ?? 'variadic'} '${o.text}': ${why}` });
    const probe = probes.find((p) => p.name === probeName(i));
    const param = probe?.kind === 'function' && probe.params.length === 1 ? probe.params[0] : undefined;
    if (!param || param.type.kind !== 'function') return bad('expected a function declaration such as ' + EXAMPLE);
    if (!param.name) return bad('the declaration names no function; e.g. ' + EXAMPLE);
    if (param.type.variadic) return bad("an instantiation lists every argument: remove the '...'");
    const base = decls.find((d): d is FunctionDecl => d.kind === 'function' && d.name === param.name && !d.callee);
    if (!base) return bad(`'${param.name}' is not a function the headers declare`);
    const unprototyped = base.noProto && base.params.length === 0; // `int f()`: --signature gives its parameters
    if (!base.variadic && !unprototyped)
      return bad(`'${param.name}' ${o.flag ? 'has a prototype' : 'is not variadic'}; it is callable as it is`);
    const fn = convertType(param.type);
    if (fn.kind !== 'function') return bad('expected a function declaration');
    if (fn.params.length < base.params.length)
      bad(`'${base.name}' has ${base.params.length} fixed parameter(s); give them all, then the extras`);
    base.params.forEach((p, k) => {
      if (typeKey(p.type, index) !== typeKey(fn.params[k]!, index))
        bad(`parameter ${k + 1} must be the fixed parameter '${p.name}' of ${base.name}, of its type`);
    });
    const instance: FunctionDecl = {
      ...base,
      id: `variadic:${o.alias ?? base.name}`,
      name: o.alias ?? base.name,
      source: o.signature.trim(),
      result: fn.result,
      params: fn.params.map((type, k) => ({ name: base.params[k]?.name ?? `arg${k}`, type })),
      variadic: false,
      noProto: false,
      callee: base.name,
    };
    before.set(base.id, [...(before.get(base.id) ?? []), instance]);
  });
  return decls.flatMap((d) => [...(before.get(d.id) ?? []), d]);
}

const EXAMPLE = "'int printf(const char *, int)'";

/** A type's identity for comparing parameters: typedefs and qualifiers looked through, arrays as pointers. */
function typeKey(t: CType, index: IrIndex): string {
  const r = index.resolve(t);
  switch (r.kind) {
    case 'pointer':
      return `${typeKey(r.to, index)}*`;
    case 'array':
      return `${typeKey(r.of, index)}*`;
    case 'int':
    case 'float':
      return r.name;
    case 'record':
    case 'enum':
      return r.id;
    case 'function': {
      const params = r.params.map((p) => typeKey(p, index)).join(',');
      return `${typeKey(r.result, index)}(${params}${r.variadic ? ',...' : ''})`;
    }
    case 'complex':
      return `_Complex ${r.name}`;
    case 'unsupported':
      return r.spelling;
    case 'void':
    case 'typedef':
      return r.kind;
  }
}
