import type { RawMacro } from '../../native/index.js';
import type { MacroDecl, MacroValue } from '../ir/index.js';
import { declBase, type ParseContext } from './context.js';

/** What the compiler said about one object-like macro. */
export type MacroVerdict = { value: MacroValue } | { notConstant: string };

/**
 * `#define Z_OK 0` → a `MacroDecl` whose value the compiler computed (see `evaluateMacros`).
 * Function-like macros keep only their body text.
 */
export function parseMacro(raw: RawMacro, verdict: MacroVerdict | undefined, ctx: ParseContext): MacroDecl {
  const base = declBase(raw, ctx);
  const body = raw.tokens.join(' ');
  const fact = raw.functionLike
    ? {}
    : verdict === undefined
      ? { notConstant: 'empty body' }
      : 'value' in verdict
        ? { value: verdict.value }
        : { notConstant: verdict.notConstant };
  return { kind: 'macro', ...base, id: `macro:${raw.name}`, functionLike: raw.functionLike, body, ...fact };
}
