import { formatDiagnostic } from '../diagnostics/index.js';
import type { PassContext, Plan } from './plan.js';

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
  // Macros without a value (include guards, feature flags) are the most numerous and the least
  // interesting: listed last.
  const shown = [...plan.skipped.values()]
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
