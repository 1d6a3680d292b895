import type { NamePattern } from '../config/index.js';
import { diag, fail } from '../diagnostics/index.js';
import type { Decl, Ir } from '../ir/index.js';
import type { Pass } from './plan.js';

/**
 * Picks what the user asked for. Without --only: every named declaration located in the files of
 * `ir.scope` — the named headers and the library's own sub-headers, decided by the one rule in
 * parse/headers.ts (headerScope), widened or narrowed by --header-glob.
 * With --only: every declaration anywhere in the translation unit whose name matches a pattern
 * (for enums, the name of any of its constants; for records, the tag, also as `struct tag`).
 * --exclude then drops matches. An --only pattern that matches nothing is an error (CI003), so a
 * typo never yields a silently empty module; an --exclude one only warns (CI025). A selection that
 * takes nothing at all is an error too (CI026), which says how to widen it. The patterns come
 * compiled from the config.
 */
export const selectDeclarations: Pass = (ctx, plan) => {
  const { only, exclude } = ctx.config;
  const headers = new Set(ctx.ir.scope);
  const used = new Set<NamePattern>();
  const selected = new Set<string>();
  for (const d of ctx.ir.decls) {
    const names = namesOf(d);
    if (names.length === 0) continue;
    let take: boolean;
    if (only.length === 0) {
      take = headers.has(d.location.file) && !isPlumbing(d);
    } else {
      take = false;
      for (const p of only) if (names.some(p.test)) ((take = true), used.add(p));
    }
    // a fixed instantiation the user declared (--variadic) is taken whatever --only says
    if (d.kind === 'function' && d.callee !== undefined) take = true;
    for (const p of exclude) if (names.some(p.test)) ((take = false), used.add(p));
    if (take) selected.add(d.id);
  }
  const headerList = ctx.config.headers.join(', ');
  for (const p of only) if (!used.has(p)) fail('CI003', { pattern: p.source, option: 'only', headers: headerList });
  if (selected.size === 0) fail('CI026', { headers: headerList, taken: takenHeaders(ctx.ir).join(', ') });
  const diagnostics = [...plan.diagnostics];
  for (const p of exclude) if (!used.has(p)) diagnostics.push(diag('CI025', { pattern: p.source }));
  return { ...plan, selected, diagnostics };
};

/** The headers the default selection took, spelled short: `zlib.h`, `x86_64-linux-gnu/bits/errno.h`. */
export function takenHeaders(ir: Ir): string[] {
  return ir.scope.map((f) => {
    const i = f.lastIndexOf('/include/');
    return i < 0 ? f.slice(f.lastIndexOf('/') + 1) : f.slice(i + '/include/'.length);
  });
}

/**
 * Macros the default selection leaves out without a word, so that every skip line is a real one:
 * an empty body (include guards, feature flags: nothing to export), a body that is its own name
 * (glibc's `#define SI_TKILL SI_TKILL` after a nameless enum, which exports the constant), and a
 * macro with a reserved name that is no constant (`__LONG_LONG_PAIR`, `__S16_TYPE`: the C library's plumbing).
 * --only still takes any of them by name.
 */
export function isPlumbing(d: Decl): boolean {
  if (d.kind !== 'macro') return false;
  const body = d.body.trim();
  if (/^_[_A-Z]/.test(d.name) && (d.functionLike || d.value === undefined)) return true;
  return !d.functionLike && (body === '' || body === d.name);
}

/** The names a pattern is tried against. Anonymous records and enums have none of their own. */
function namesOf(d: Decl): string[] {
  switch (d.kind) {
    case 'record':
      return d.anonymous ? [] : [d.name, `${d.tag} ${d.name}`];
    case 'enum':
      return [...(d.anonymous ? [] : [d.name, `enum ${d.name}`]), ...d.constants.map((c) => c.name)];
    case 'function':
    case 'typedef':
    case 'var':
    case 'macro':
      return [d.name];
  }
}
