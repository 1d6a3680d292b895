import * as path from 'node:path';
import { parse as clangParse } from './clang.js';
import type { RawDecl, RawMacro } from '../../native/index.js';
import type { Config } from '../config/index.js';
import { fail } from '../diagnostics/index.js';
import { IrIndex, type Decl, type Ir, type ParseDiagnostic } from '../ir/index.js';
import { location, type ParseContext } from './context.js';
import { parseEnum } from './enum.js';
import { evaluateMacros } from './evaluate-macros.js';
import { parseFunction } from './function.js';
import { compilerDialect, headerScope, resolveHeader } from './headers.js';
import { parseMacro, parseMacroFunction, resolveVerdict } from './macro.js';
import { libraryCalls } from './macro-calls.js';
import { macroCalls } from './macro-signature.js';
import { parseRecord } from './record.js';
import { SourceFiles } from './source.js';
import { probeTarget } from './target.js';
import { parseTypedef } from './typedef.js';
import { withTypedefAlignment } from './typedef-align.js';
import { parseVar } from './var.js';
import { checkVariadicDiagnostics, isVariadicProbe, variadicProbe, withVariadicInstances } from './variadic.js';

/** libclang arguments shared by every parse: C, plain comments attached, then the user's flags. */
export function clangArgs(config: Config): string[] {
  return ['-x', 'c', '-fparse-all-comments', ...compilerDialect(), ...config.cflags];
}

/**
 * Parses the named headers with libclang into the IR. Errors in the headers (or a missing header)
 * stop the run with file:line:col; warnings are kept in `ir.diagnostics`.
 */
export function parseHeaders(config: Config): Ir {
  return parseHeadersRead(config).ir;
}

/** parseHeaders, and every file the parse read (the headers and all they include), for the input cache. */
export function parseHeadersRead(config: Config): { ir: Ir; files: string[] } {
  const resolved = config.headers.map((h) => resolveHeader(h, config.cflags, config.cwd));
  const headers = resolved.map((h) => h.path);
  const entry = path.join(config.cwd, '__cffi_entry__.c');
  const args = clangArgs(config);
  const tu = clangParse({
    file: entry,
    args,
    // after the headers, one probe line per --variadic declaration (parse/variadic.ts)
    unsaved: [
      { file: entry, contents: headers.map((h) => `#include "${h}"\n`).join('') + variadicProbe(config.variadic) },
    ],
  });
  checkVariadicDiagnostics(config.variadic, tu.diagnostics, entry, headers.length + 1);
  const diagnostics: ParseDiagnostic[] = [];
  for (const d of tu.diagnostics) {
    if (d.severity !== 'warning' && d.severity !== 'error' && d.severity !== 'fatal') continue;
    const where = d.location && d.location.file !== entry ? location(d.location) : undefined;
    if (d.severity !== 'warning')
      fail('CI002', { message: `cannot parse ${config.headers.join(', ')}: ${d.message}` }, where);
    diagnostics.push(
      where
        ? { severity: d.severity, message: d.message, location: where }
        : { severity: d.severity, message: d.message },
    );
  }
  const ctx: ParseContext = { files: new SourceFiles() };
  const probes = tu.decls.filter(isVariadicProbe);
  const parsed = withTypedefAlignment(
    tu.decls
      .filter((d): d is Exclude<RawDecl, RawMacro> => d.kind !== 'macro' && !isVariadicProbe(d))
      .map((d) => convertDecl(d, ctx)),
    { includes: headers, args, dir: config.cwd },
  );
  const macros = lastDefinitions(tu.decls.filter((d): d is RawMacro => d.kind === 'macro'));
  const verdicts = evaluateMacros(macros, headers, args, config.cwd);
  const includes = resolved.map((h) => h.include);
  const scope = headerScope(headers, tu.files, config.cflags, config.headerGlobs);
  const target = probeTarget(args, config.cwd);
  const index = new IrIndex({ headers, includes, scope, target, decls: parsed, diagnostics });
  const decls = withVariadicInstances(parsed, config.variadic, probes, index);
  const calls = macroCalls(macros, tu.decls, config.macros, { includes: headers, args, dir: config.cwd });
  const library = new Set(parsed.flatMap((d) => (d.kind === 'function' && !d.isStatic && !d.hasBody ? [d.name] : [])));
  const macroTokens = new Map(macros.map((m) => [m.name, m.tokens] as const));
  const macroDecls = macros.map((m) => {
    const call = calls.get(m.name);
    const reached = () => libraryCalls(m.tokens, macroTokens, (n) => library.has(n));
    if (call && !('why' in call)) return parseMacroFunction(m, call, reached(), ctx);
    return parseMacro(m, resolveVerdict(verdicts.get(m.name), index), call, ctx);
  });
  const ir = { headers, includes, scope, target, decls: [...decls, ...macroDecls], diagnostics };
  return { ir, files: tu.files.filter((f) => f !== entry) };
}

/** A macro defined twice (`#undef` then `#define`) counts as its last definition, the one in effect. */
function lastDefinitions(macros: RawMacro[]): RawMacro[] {
  const byName = new Map<string, RawMacro>();
  for (const m of macros) {
    byName.delete(m.name);
    byName.set(m.name, m);
  }
  return [...byName.values()];
}

function convertDecl(raw: Exclude<RawDecl, RawMacro>, ctx: ParseContext): Decl {
  switch (raw.kind) {
    case 'function':
      return parseFunction(raw, ctx);
    case 'record':
      return parseRecord(raw, ctx);
    case 'enum':
      return parseEnum(raw, ctx);
    case 'typedef':
      return parseTypedef(raw, ctx);
    case 'var':
      return parseVar(raw, ctx);
  }
}
