import type { RawMacro } from '../../native/index.js';
import type { FunctionDecl, MacroDecl, MacroValue } from '../ir/index.js';
import { declBase, type ParseContext } from './context.js';
import type { MacroCall } from './macro-signature.js';
import { convertType } from './type.js';

/** What the compiler said about one object-like macro. */
export type MacroVerdict = { value: MacroValue } | { notConstant: string };

/**
 * `#define Z_OK 0` → a `MacroDecl` whose value the compiler computed (see `evaluateMacros`).
 * A function-like macro the compiler could not type keeps its body text and why (see `inferMacroSignatures`).
 */
export function parseMacro(
  raw: RawMacro,
  verdict: MacroVerdict | undefined,
  call: MacroCall | undefined,
  ctx: ParseContext,
): MacroDecl {
  const base = declBase(raw, ctx);
  const body = raw.tokens.join(' ');
  const fact = raw.functionLike
    ? call && 'why' in call
      ? { notCallable: { why: call.why, declare: call.declare } }
      : {}
    : verdict === undefined
      ? { notConstant: 'empty body' }
      : 'value' in verdict
        ? { value: verdict.value }
        : { notConstant: verdict.notConstant };
  return { kind: 'macro', ...base, id: `macro:${raw.name}`, functionLike: raw.functionLike, body, ...fact };
}

/**
 * `#define deflateInit(strm, level) deflateInit_((strm), (level), ZLIB_VERSION, (int)sizeof(z_stream))`
 * with the compiler's signature → `int deflateInit(z_streamp strm, int level)`, a function the
 * headers define (no library symbol of its own), its source text the `#define`.
 */
export function parseMacroFunction(
  raw: RawMacro,
  call: Exclude<MacroCall, { why: string }>,
  calls: readonly string[],
  ctx: ParseContext,
): FunctionDecl {
  const base = declBase(wholeDefinition(raw, ctx), ctx);
  const names = raw.params.map((p) => p.replace(/\.\.\.$/, ''));
  const decl: FunctionDecl = {
    kind: 'function',
    ...base,
    id: `macro:${raw.name}`,
    source: base.source ?? `#define ${raw.name}(${raw.params.join(', ')}) ${raw.tokens.join(' ')}`,
    result: convertType(call.result),
    params: call.params.map((t, i) => ({ name: names[i] || `arg${i}`, type: convertType(t) })),
    variadic: false,
    noProto: false,
    inline: false,
    isStatic: false,
    hasBody: true,
    macro: call.how,
    calls,
  };
  return decl;
}

/**
 * The macro as a declaration whose extent is its whole `#define` line(s): libclang's starts at the
 * name and ends at the last token, so the quote and the comment search (`declBase`) would miss the
 * `#define` and the comment before it. The end is the first line's end: `declarationEnd` follows
 * continuation lines from there.
 */
function wholeDefinition(raw: RawMacro, ctx: ParseContext): RawMacro {
  const { start, end } = raw.extent;
  const text = start.file === end.file ? ctx.files.text(start.file) : undefined;
  if (text === undefined) return raw;
  const lineStart = text.lastIndexOf('\n', start.offset - 1) + 1;
  const eol = text.indexOf('\n', start.offset);
  if (!/^\s*#\s*define\s+$/.test(text.slice(lineStart, start.offset)) || eol < 0) return raw;
  return { ...raw, extent: { start: { ...start, offset: lineStart }, end: { ...end, offset: eol } } };
}
