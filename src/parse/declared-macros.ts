import * as path from 'node:path';
import { evaluate } from './clang.js';
import type { RawMacro, RawType } from '../../native/index.js';
import { fail } from '../diagnostics/index.js';
import { errorsByLine, type ProbeSetup } from './macro-probe.js';

/** A `--macro` signature as the compiler read it. */
export interface DeclaredSignature {
  readonly result: RawType;
  readonly params: readonly RawType[];
}

/**
 * Reads each `--macro 'int SQUARE(int)'` with libclang: the macro's name is the function-like macro
 * the text declares (`SQUARE` followed by `(`); the probe writes the text with that name replaced by
 * `(*__cffi_sig_<i>)`, a pointer to the declared function type, so the compiler parses the
 * declarator (typedef names, function pointers, `void`) and reports the types. Any error stops the
 * run (CI006) naming the option and what is wrong.
 */
export function declaredSignatures(
  texts: readonly string[],
  macros: readonly RawMacro[],
  probe: ProbeSetup,
): Map<string, DeclaredSignature> {
  const out = new Map<string, DeclaredSignature>();
  if (texts.length === 0) return out;
  const fnLike = new Map(macros.filter((m) => m.functionLike).map((m) => [m.name, m]));
  const named = texts.map((text) => {
    const name = [...text.matchAll(/[A-Za-z_]\w*(?=\s*\()/g)].map((x) => x[0]).find((n) => fnLike.has(n));
    if (!name) fail('CI006', { message: `--macro '${text}' names no function-like macro of the headers` });
    return { text, name, macro: fnLike.get(name)! };
  });
  const head = probe.includes.map((h) => `#include "${h}"`);
  const lines = named.map(({ text, name }, i) =>
    `static ${text.replace(new RegExp(`\\b${name}(?=\\s*\\()`), `(*__cffi_sig_${i})`)};`.replace(/;\s*;$/, ';'),
  );
  const file = path.join(probe.dir, '__cffi_macro_signatures__.c');
  const result = evaluate({
    file,
    args: [...probe.args, '-ferror-limit=0', '-Wno-everything'],
    unsaved: [{ file, contents: [...head, ...lines, ''].join('\n') }],
  });
  const errors = errorsByLine(result.diagnostics, file);
  const byName = new Map(result.values.map((v) => [v.name, v]));
  named.forEach(({ text, name, macro }, i) => {
    const error = errors.get(head.length + 1 + i);
    const t = byName.get(`__cffi_sig_${i}`)?.type;
    const fn = t?.kind === 'pointer' && t.pointee.kind === 'function' ? t.pointee : undefined;
    if (error || !fn)
      fail('CI006', { message: `--macro '${text}' is not a C function declaration: ${error ?? 'no type'}` });
    if (fn.variadic) fail('CI006', { message: `--macro '${text}': give each argument's type, not '...'` });
    const takes = macro.params.length;
    if (fn.params.length !== takes && !macro.params.some((p) => p.endsWith('...')))
      fail('CI006', {
        message: `--macro '${text}' declares ${fn.params.length} parameter(s); macro ${name} takes ${takes}`,
      });
    out.set(name, { result: fn.result, params: fn.params });
  });
  return out;
}
