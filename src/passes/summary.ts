import { formatDiagnostic } from '../diagnostics/index.js';
import type { PassContext, Plan } from './plan.js';
import { isPlumbing, takenHeaders } from './select-declarations.js';

/** The one-screen summary of a run: what was generated, pulled in and skipped, and why. */
export function summarize(ctx: PassContext, plan: Plan, verbose = false): string {
  const count = (ids: Iterable<string>) => {
    const by = new Map<string, number>();
    for (const id of ids) {
      const k = ctx.index.get(id).kind;
      by.set(k, (by.get(k) ?? 0) + 1);
    }
    return (
      [...by]
        .sort()
        .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`)
        .join(', ') || 'nothing'
    );
  };
  const emitted = plan.order.filter((id) => plan.selected.has(id));
  const pulled = plan.order.filter((id) => plan.required.has(id));
  const byCode = new Map<string, number>();
  for (const { diagnostic: d } of plan.skipped.values()) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const lines = [
    `generated: ${count(emitted)}`,
    `pulled in: ${count(pulled)}`,
    `skipped:   ${plan.skipped.size}${
      byCode.size
        ? ` (${[...byCode]
            .sort()
            .map(([c, n]) => `${c}×${n}`)
            .join(', ')})`
        : ''
    }`,
  ];
  const taken = takenHeaders(ctx.ir);
  const more = taken.length > 6 ? ` … and ${taken.length - 6} more` : '';
  lines.push(`headers:   ${taken.slice(0, 6).join(', ')}${more}`);
  const families = unselectedConstants(ctx, plan);
  if (families) lines.push(`${families} not selected (widen --only to take them)`);
  // Macros without a value (include guards, feature flags) are the most numerous and the least
  // interesting: listed last.
  // a record's skipped fields are listed too: a field must never go missing silently
  const fields = [...plan.skippedFields.values()].flatMap((m) => [...m.values()].map((s) => s.diagnostic));
  if (fields.length) lines.push(`skipped fields: ${fields.length} (the records keep their size and other fields)`);
  const shown = [...plan.skipped.values(), ...fields.map((diagnostic) => ({ diagnostic }))]
    .map((s) => s.diagnostic)
    .sort((a, b) => Number(a.code === 'CI012') - Number(b.code === 'CI012'));
  const limit = verbose ? shown.length : 8;
  for (const d of shown.slice(0, limit)) lines.push(`  ${formatDiagnostic(d)}`);
  if (shown.length > limit)
    lines.push(
      `  … and ${shown.length - limit} more (cffi-import dump-ir lists them all; docs/errors.md explains the codes)`,
    );
  const listed = new Set(shown);
  for (const d of plan.diagnostics) if (d.severity === 'warning' && !listed.has(d)) lines.push(formatDiagnostic(d));
  return lines.join('\n');
}

/**
 * The constants the taken headers define that the selection (--only, --exclude) left out, by
 * family: `Z_* — 54 constants, MAX_* — 2 constants`. Empty when nothing was left out.
 */
function unselectedConstants(ctx: PassContext, plan: Plan): string {
  const scope = new Set(ctx.ir.scope);
  const names: string[] = [];
  for (const d of ctx.ir.decls) {
    if (!scope.has(d.location.file) || plan.selected.has(d.id) || plan.required.has(d.id) || isPlumbing(d)) continue;
    if (d.kind === 'enum') names.push(...d.constants.map((c) => c.name));
    if (d.kind === 'macro' && d.value !== undefined && !/^_[_A-Z]/.test(d.name)) names.push(d.name);
  }
  const by = new Map<string, number>();
  for (const n of names) {
    const cut = n.indexOf('_', 1);
    const family = cut < 0 ? n : `${n.slice(0, cut + 1)}*`;
    by.set(family, (by.get(family) ?? 0) + 1);
  }
  const top = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = top.slice(0, 4).map(([f, n]) => `${f} — ${n} constant${n === 1 ? '' : 's'}`);
  return shown.join(', ') + (top.length > 4 ? ` and ${top.length - 4} more families` : '');
}
