import type { RawMacro } from '../../native/index.js';
import type { FunctionDecl, IrIndex, MacroDecl, MacroValue } from '../ir/index.js';
import { declBase, type ParseContext } from './context.js';
import type { MacroCall } from './macro-signature.js';
import { convertType } from './type.js';

/** What the compiler said about one object-like macro. */
export type MacroVerdict = { value: MacroValue } | { notConstant: string };

/**
 * What a macro's value is once its type is known (typedefs looked through): a number of an integer,
 * enum or floating type; a pointer (`((void *) -1)`: the compiler evaluated the cast's operand, the
 * address is kept unsigned); a record compound literal. Anything else is not a constant.
 */
export function resolveVerdict(v: MacroVerdict | undefined, index: IrIndex): MacroVerdict | undefined {
  if (!v || !('value' in v) || v.value.kind === 'string') return v;
  const type =
    index.byId.size && v.value.type.kind === 'typedef' && index.byId.has(v.value.type.id)
      ? index.resolve(v.value.type)
      : v.value.type;
  switch (v.value.kind) {
    case 'record':
      return type.kind === 'record' ? v : { notConstant: 'not a compile-time constant' };
    case 'pointer':
      return v;
    case 'int': {
      if (type.kind === 'int') return { value: { ...v.value, type } };
      if (type.kind === 'enum') return { value: { ...v.value, type: index.enum(type.id).base } };
      if (type.kind !== 'pointer') return { notConstant: 'not an integer' };
      // the compiler's own type, typedef name kept (`sqlite3_destructor_type`): the C and .d.ts spell it
      const address = BigInt.asUintN(64, BigInt(v.value.value)).toString();
      return { value: { kind: 'pointer', value: address, type: v.value.type } };
    }
    case 'float':
      return type.kind === 'float' ? { value: { ...v.value, type } } : { notConstant: 'not a number' };
  }
}

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
  // the comment from the whole `#define` line (before it, or after its last token); the quote as before
  const { comment, ...base } = declBase(raw, ctx);
  const whole = declBase(wholeDefinition(raw, ctx), ctx).comment ?? comment;
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
  const doc = whole === undefined ? {} : { comment: whole };
  return { kind: 'macro', ...base, ...doc, id: `macro:${raw.name}`, functionLike: raw.functionLike, body, ...fact };
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
