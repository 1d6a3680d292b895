import { errorsByLine } from './macro-probe.js';
import * as path from 'node:path';
import { evaluate } from './clang.js';
import type { RawMacro } from '../../native/index.js';
import type { CType } from '../ir/index.js';
import type { MacroVerdict } from './macro.js';
import { convertType } from './type.js';

/**
 * Lets the compiler decide what each object-like macro is: one probe file includes the headers and
 * declares `static __auto_type __cffi_m_<NAME> = NAME;` per macro, one per line (no parentheses:
 * libclang evaluates a string literal only bare; an initializer cannot hold a top-level comma); libclang then
 * evaluates each initializer. A line with an error means the macro is not an expression. A record
 * compound literal compiles but has no value libclang computes: it is kept as a `record` candidate,
 * which `resolveVerdict` confirms once the type is known.
 */
export function evaluateMacros(
  macros: readonly RawMacro[],
  includes: readonly string[],
  args: readonly string[],
  dir: string,
): Map<string, MacroVerdict> {
  const candidates = macros.filter((m) => !m.functionLike && m.tokens.length > 0);
  const wide = (m: RawMacro) => m.tokens.some((t) => /^(L|u|U)(["'])/.test(t));
  const verdicts = new Map<string, MacroVerdict>();
  if (candidates.length === 0) return verdicts;
  const head = includes.map((h) => `#include "${h}"`);
  const first = head.length + 1;
  const lines = candidates.map((m) => `static __auto_type __cffi_m_${m.name} = ${m.name};`);
  const file = path.join(dir, '__cffi_macros__.c');
  const result = evaluate({
    file,
    args: [...args, '-ferror-limit=0', '-Wno-everything'],
    unsaved: [{ file, contents: [...head, ...lines, ''].join('\n') }],
  });
  const errors = errorsByLine(result.diagnostics, file);
  const byLine = new Map(result.values.map((v) => [v.line, v]));
  candidates.forEach((m, i) => {
    const line = first + i;
    const error = errors.get(line);
    if (error) return verdicts.set(m.name, { notConstant: error });
    if (wide(m)) return verdicts.set(m.name, { notConstant: 'a wide character or string literal' });
    const v = byLine.get(line);
    // a compound literal (`((Color){255, 255, 255, 255})`) has no value libclang gives; C makes it at load
    if (v && !v.value && isCompoundLiteral(m.tokens))
      return verdicts.set(m.name, { value: { kind: 'record', type: convertType(v.type) } });
    if (!v || !v.value) return verdicts.set(m.name, { notConstant: 'not a compile-time constant' });
    const type = convertType(v.type);
    verdicts.set(m.name, verdictOf(v.value, type));
  });
  return verdicts;
}

/** `( Color ) { ... }` somewhere in the body: a `{` right after a `)` (a statement expression has `( {`). */
function isCompoundLiteral(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => t === '{' && tokens[i - 1] === ')');
}

/** Classifies by what the compiler computed; `resolveVerdict` then checks the type. */
function verdictOf(
  value: NonNullable<ReturnType<typeof evaluate>['values'][number]['value']>,
  type: CType,
): MacroVerdict {
  switch (value.kind) {
    case 'string':
      return { value: { kind: 'string', value: value.value } };
    case 'float':
      return { value: { kind: 'float', value: value.value, type } };
    case 'int':
      return { value: { kind: 'int', value: value.value, type } };
  }
}
