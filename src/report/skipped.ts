/**
 * The report of a run (`--report <file>`, `cffi-import explain`): every declaration or record
 * field left out, with its diagnostic code, its location and what to do about it, and the counts
 * of what was generated. Built from the Plan alone: nothing here decides anything.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { Plan } from '../passes/index.js';

/** What to do about each kind of skip: the short form of docs/errors.md. */
const ADVICE: Record<string, string> = {
  CI010: "declare the call you need as a fixed instantiation: --variadic 'int f(struct pair, int)'",
  CI011: "declare the macro's signature: --macro '<type> NAME(<type> a, ...)' (the message gives the line)",
  CI012: 'nothing to do: the macro is not a constant (a type, a keyword, a pointer); use what it expands to',
  CI013: 'no exact JS representation (long double, _Complex, vectors, __int128, va_list); wrap it in C',
  CI014: 'select the declaration it depends on (--only), or stop excluding it',
  CI015: 'give the function a prototype in the header (int f(void), not int f())',
  CI016: 'name the record (a typedef or a tag) so C can spell its type',
  CI017: 'pointers to it work; include the header that defines the record to use its fields',
  CI018: "nothing to do: a static variable is each file's own copy, not the library's",
  CI019: 'nothing to do: an anonymous declaration nothing refers to',
  CI020: '--exclude one of the two declarations that want the name',
};

/** One line of the report. */
export interface SkippedEntry {
  readonly code: string;
  readonly severity: string;
  /** file:line:col, or '' when the declaration has no location */
  readonly location: string;
  readonly message: string;
  /** what to do about it */
  readonly advice: string;
}

/** The report of a run, as `--report` writes it (JSON). */
export interface RunReport {
  readonly headers: readonly string[];
  readonly counts: { readonly emitted: number; readonly selected: number; readonly pulledIn: number };
  readonly skipped: readonly SkippedEntry[];
  /** the skips by code, most frequent first */
  readonly byCode: Readonly<Record<string, number>>;
}

/** The report of the Plan of `headers`: every skip and info diagnostic, in the passes' order. */
export function runReport(headers: readonly string[], plan: Plan): RunReport {
  const skipped = plan.diagnostics.filter((d) => d.severity === 'skip' || d.severity === 'info').map(entry);
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  const byCode = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return {
    headers,
    counts: { emitted: plan.order.length, selected: plan.selected.size, pulledIn: plan.required.size },
    skipped,
    byCode,
  };
}

/** The report as text a person reads: a count per code, then each skip with its advice. */
export function formatReport(report: RunReport): string {
  const { emitted, selected, pulledIn } = report.counts;
  const lines = [
    `${report.headers.join(', ')}: ${emitted} declarations emitted (${selected} selected, ${pulledIn} pulled in), ` +
      `${report.skipped.length} left out`,
  ];
  for (const [code, n] of Object.entries(report.byCode)) lines.push(`  ${code} × ${n}: ${ADVICE[code] ?? ''}`);
  for (const s of report.skipped) {
    lines.push('', `${s.location ? s.location + ': ' : ''}${s.severity} ${s.code}: ${s.message}`);
    if (s.advice) lines.push(`  → ${s.advice}`);
  }
  return lines.join('\n') + '\n';
}

function entry(d: Diagnostic): SkippedEntry {
  const location = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}` : '';
  return { code: d.code, severity: d.severity, location, message: d.message, advice: ADVICE[d.code] ?? '' };
}
