import type { NamePattern } from '../config/index.js';
import { diag, fail } from '../diagnostics/index.js';
import type { Decl } from '../ir/index.js';
import type { Pass } from './plan.js';

/**
 * Picks what the user asked for. Without --only: every named declaration located in the named
 * headers (not in what they include, except their glibc-style `bits/` parts: see headerScope).
 * With --only: every declaration anywhere in the translation unit whose name matches a pattern
 * (for enums, the name of any of its constants; for records, the tag, also as `struct tag`).
 * --exclude then drops matches. An --only pattern that matches nothing is an error (CI003), so a
 * typo never yields a silently empty module; an --exclude one only warns (CI025). The patterns
 * come compiled from the config.
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
      take = headers.has(d.location.file);
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
  const diagnostics = [...plan.diagnostics];
  for (const p of exclude) if (!used.has(p)) diagnostics.push(diag('CI025', { pattern: p.source }));
  return { ...plan, selected, diagnostics };
};

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
