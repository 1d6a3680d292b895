import * as path from 'node:path';
import { evaluate } from './clang.js';
import type { RawDecl, RawFunction, RawMacro, RawType } from '../../native/index.js';
import { fail } from '../diagnostics/index.js';
import { declaredSignatures } from './declared-macros.js';
import { errorsByLine, type ProbeSetup } from './macro-probe.js';
import { parameterUses, wholeCall, type Use } from './macro-calls.js';

/** A function-like macro callable as a function: the compiler's types, typedef names kept where it gives them. */
export interface RawSignature {
  readonly result: RawType;
  readonly params: readonly RawType[];
  readonly how: 'inferred' | 'declared';
}

/** Why a function-like macro is not callable, and the `--macro` line that would make it so. */
export interface NotCallable {
  readonly why: string;
  readonly declare: string;
}

/** What the probe decided for one function-like macro. */
export type MacroCall = RawSignature | NotCallable;

/**
 * Every function-like macro of the translation unit, typed: the `--macro` signatures the user gave
 * (`declaredSignatures`), then the compiler's inference for the rest (`inferMacroSignatures`).
 */
export function macroCalls(
  macros: readonly RawMacro[],
  decls: readonly RawDecl[],
  declared: readonly string[],
  probe: ProbeSetup,
): Map<string, MacroCall> {
  if (!macros.some((m) => m.functionLike)) return new Map();
  const functions = decls.filter((d): d is RawFunction => d.kind === 'function');
  return inferMacroSignatures(macros, functions, declaredSignatures(declared, macros, probe), probe);
}

/** One macro a round probes: its parameters' type-names, and the result a `--macro` declared. */
interface Candidate {
  readonly macro: RawMacro;
  /** each parameter's C type as a type-name the probe can write, by parameter position. */
  readonly spellings: readonly string[];
  readonly declared?: RawType;
}

// Errors the real compile of the module (gcc or clang, `-w`) would also stop on: the probe must be as strict.
const STRICT = [
  '-ferror-limit=0',
  '-Wno-everything',
  '-Werror=incompatible-pointer-types',
  '-Werror=int-conversion',
  '-Werror=implicit-function-declaration',
  '-Werror=incompatible-function-pointer-types',
];

/**
 * Lets the compiler type each function-like macro. A parameter passed as an argument of a declared
 * function takes that function's parameter type (`deflateInit(strm, level)` → `deflateInit_((strm),
 * (level), …)`: `z_streamp`, `int`); one under a cast takes the cast's type; one inside an argument
 * expression, the argument's. The probe then writes, per candidate, one line
 * `static __typeof__(M(*(__typeof__(T0) *)0, …)) (*__cffi_fm_M)(T0, …);`: it compiles only when the
 * call does, and libclang reports the variable's type, so the result type is the compiler's. A macro
 * whose result is one call (`deflateInit_(...)`) keeps the callee's declared result. Macros typed in
 * one round become callees of the next (a macro calling a macro). `declared` holds the `--macro`
 * signatures by name (see `declaredSignatures`); they are probed the same way, for a clear error.
 */
export function inferMacroSignatures(
  macros: readonly RawMacro[],
  functions: readonly RawFunction[],
  declared: ReadonlyMap<string, { result: RawType; params: readonly RawType[] }>,
  probe: ProbeSetup,
): Map<string, MacroCall> {
  const known = new Map<string, { result: RawType; params: readonly RawType[] }>();
  for (const f of functions)
    if (!known.has(f.name)) known.set(f.name, { result: f.result, params: f.params.map((p) => p.type) });
  const verdicts = new Map<string, MacroCall>();
  const fnLike = macros.filter((m) => m.functionLike);
  for (const m of fnLike) {
    const d = declared.get(m.name);
    if (known.has(m.name) && !d)
      verdicts.set(m.name, notCallable(m, 'a function of the same name is declared: lib.' + m.name + ' calls it'));
    else if (!d && m.params.some((p) => p.endsWith('...')))
      verdicts.set(m.name, notCallable(m, 'it takes variable arguments'));
  }
  for (let round = 0; round < 4; round++) {
    const candidates: Candidate[] = [];
    for (const m of fnLike) {
      const v = verdicts.get(m.name);
      if (v && !('pending' in v)) continue;
      const d = declared.get(m.name);
      if (d) {
        candidates.push({ macro: m, spellings: d.params.map((t) => t.spelling), declared: d.result });
        continue;
      }
      const uses = parameterUses(m.tokens, m.params, (n) => known.has(n));
      const spellings = m.params.map((p) => spellingOf(uses.get(p), known));
      const missing = m.params.filter((_, i) => spellings[i] === undefined);
      if (missing.length > 0) {
        const are = missing.length === 1 ? 'is not an argument' : 'are not arguments';
        const why = `${missing.join(', ')} ${are} of a declared function`;
        verdicts.set(m.name, pending(m, why, spellings));
        continue;
      }
      candidates.push({ macro: m, spellings: spellings as string[] });
    }
    if (candidates.length === 0) break;
    const typed = runProbe(candidates, probe, round);
    let progress = false;
    for (const c of candidates) {
      const got = typed.get(c.macro.name)!;
      if ('why' in got) {
        if (c.declared) fail('CI006', { message: `--macro for '${c.macro.name}': ${got.why}` });
        verdicts.set(c.macro.name, notCallable(c.macro, got.why, c.spellings));
        continue;
      }
      const call = wholeCall(c.macro.tokens);
      const whole = call !== undefined && !c.macro.params.includes(call) ? known.get(call) : undefined;
      const result = c.declared ?? whole?.result ?? got.result;
      const sig: RawSignature = { result, params: got.params, how: c.declared ? 'declared' : 'inferred' };
      verdicts.set(c.macro.name, sig);
      if (!known.has(c.macro.name)) progress = true;
      known.set(c.macro.name, sig);
    }
    if (!progress) break;
  }
  for (const [name, v] of verdicts) if ('why' in v) verdicts.set(name, { why: v.why, declare: v.declare });
  return verdicts;
}

/** A verdict that a later round may still change (a parameter whose callee is a macro typed later). */
type Pending = NotCallable & { readonly pending: true };

function pending(m: RawMacro, why: string, spellings: readonly (string | undefined)[]): Pending {
  return { ...notCallable(m, why, spellings), pending: true };
}

/** The verdict for a macro the probe cannot type: `declare` fills in what is known. */
function notCallable(m: RawMacro, why: string, spellings: readonly (string | undefined)[] = []): NotCallable {
  const params = m.params.map((p, i) => `${printable(spellings[i]) ?? '<type>'} ${p.replace(/\.\.\.$/, '')}`);
  return { why, declare: `<type> ${m.name}(${params.join(', ') || 'void'})` };
}

/** A spelling worth printing to a user (not a probe's `__typeof__`). */
function printable(s: string | undefined): string | undefined {
  return s === undefined || s.startsWith('__typeof__') ? undefined : s;
}

/** A parameter's type-name for the probe, from its use. */
function spellingOf(
  use: Use | undefined,
  known: ReadonlyMap<string, { params: readonly RawType[] }>,
): string | undefined {
  if (!use) return undefined;
  if (use.how === 'cast') return `__typeof__((${use.type.join(' ')})0)`;
  return known.get(use.callee)?.params[use.index]?.spelling;
}

/** One probe file for the round's candidates; each line compiles or carries the compiler's first error. */
function runProbe(
  candidates: readonly Candidate[],
  probe: ProbeSetup,
  round: number,
): Map<string, { result: RawType; params: readonly RawType[] } | { why: string }> {
  const head = probe.includes.map((h) => `#include "${h}"`);
  const lines = candidates.map(({ macro: m, spellings }) => {
    const args = spellings.map((s) => `*(__typeof__(${s}) *)0`).join(', ');
    return `static __typeof__(${m.name}(${args})) (*__cffi_fm_${m.name})(${spellings.join(', ') || 'void'});`;
  });
  const file = path.join(probe.dir, `__cffi_macro_calls_${round}__.c`);
  const result = evaluate({
    file,
    args: [...probe.args, ...STRICT],
    unsaved: [{ file, contents: [...head, ...lines, ''].join('\n') }],
  });
  const errors = errorsByLine(result.diagnostics, file);
  const byName = new Map(result.values.map((v) => [v.name, v]));
  const out = new Map<string, { result: RawType; params: readonly RawType[] } | { why: string }>();
  candidates.forEach((c, i) => {
    const error = errors.get(head.length + 1 + i);
    const v = byName.get(`__cffi_fm_${c.macro.name}`);
    const fn = v?.type.kind === 'pointer' && v.type.pointee.kind === 'function' ? v.type.pointee : undefined;
    if (error || !fn) return out.set(c.macro.name, { why: `the compiler says: ${error ?? 'not a call'}` });
    out.set(c.macro.name, { result: fn.result, params: fn.params });
  });
  return out;
}
