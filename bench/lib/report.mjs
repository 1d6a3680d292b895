/**
 * Turns the samples into the printed tables: one table per section, rows = cases, columns =
 * methods, each cell "median ns (ratio)". The ratio is the median over rounds of
 * method ÷ reference measured in the same round (drift between rounds cancels out), where the
 * reference is the row's method marked `ref`, else the section's `refCol`.
 */
import { median } from './harness.mjs';

function fmtNs(x) {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function refOf(ms, row, sec) {
  return ms.find((m) => m.row === row && m.ref) ?? ms.find((m) => m.row === row && m.col === sec.refCol);
}

/** Median over rounds of m / ref within each round. */
export function ratio(m, ref) {
  if (!ref || !m.samples?.length) return NaN;
  const k = Math.min(m.samples.length, ref.samples.length);
  const rs = [];
  for (let r = 0; r < k; r++) rs.push(m.samples[r] / ref.samples[r]);
  return median(rs);
}

function table(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * @param {Array<{ section: any }>} sections the cases modules (their `section` metadata)
 * @param {import('./harness.mjs').Method[]} methods timed methods
 * @returns {string} the printable report
 */
export function formatReport(sections, methods) {
  const out = [];
  const targets = [];
  for (const { section: sec } of sections) {
    const ms = methods.filter((m) => m.section === sec.id);
    if (ms.length === 0) continue;
    const rows = [...new Set(ms.map((m) => m.row))];
    const cols = sec.columns.filter(([key]) => ms.some((m) => m.col === key));
    const body = rows.map((row) => {
      const ref = refOf(ms, row, sec);
      return [
        row,
        ...cols.map(([key]) => {
          const m = ms.find((x) => x.row === row && x.col === key);
          if (!m) return '';
          const med = median(m.samples);
          if (m === ref) return `${fmtNs(med)} (ref)`;
          const r = ratio(m, ref);
          if (m.target !== undefined) targets.push({ sec, row, col: key, r, target: m.target, refCol: ref?.col });
          return `${fmtNs(med)} (${Number.isFinite(r) ? r.toFixed(2) : '—'})`;
        }),
      ];
    });
    out.push(`${sec.title}`, table(['case', ...cols.map(([k]) => k)], body), '');
    out.push(...cols.map(([k, legend]) => `  ${k.padEnd(10)} ${legend}`), '');
  }
  if (targets.length) {
    out.push('Targets (ratio to the reference measured in the same rounds; PASS when ≤ target):');
    for (const t of targets) {
      const ok = t.r <= t.target;
      out.push(
        `  ${ok ? 'PASS' : 'MISS'}  ${t.sec.id.padEnd(8)} ${t.row.padEnd(28)} ${t.col.padEnd(10)} ` +
          `${t.r.toFixed(2)}× ${t.refCol}  (target ≤ ${t.target.toFixed(2)}×)`,
      );
    }
  }
  return out.join('\n');
}

/** The machine-readable form written next to the build: every sample of every method. */
export function resultsJson(methods, meta) {
  return {
    ...meta,
    methods: methods.map((m) => ({
      section: m.section,
      row: m.row,
      col: m.col,
      n: m.n,
      median: median(m.samples),
      samples: m.samples,
    })),
  };
}
