/**
 * Writes docs/coverage.md from a corpus run (bench/corpus.mjs --markdown): the prose above the
 * `<!-- corpus table -->` marker is kept, the tables below it are rewritten.
 */
import * as fs from 'node:fs';

const MARK = '<!-- corpus table: written by `npm run corpus -- --markdown docs/coverage.md` -->';

const esc = (s) => String(s).replace(/\|/g, '\\|');

/** Rewrites the part of `file` after the marker with the tables of `results`. */
export function writeReport(file, results) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Coverage\n\n';
  const head = old.includes(MARK) ? old.slice(0, old.indexOf(MARK)) : old.trimEnd() + '\n\n';
  const ok = results.filter((r) => r.stage === 'ok');
  const rows = [
    '| header | functions | types | constants | globals | skipped per code | comments kept | missing symbols |',
    '|---|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const r of results) {
    if (r.notStandalone) continue;
    if (r.stage !== 'ok') {
      const why = (r.error ?? '')
        .split('\n')[0]
        .replace(/^.*?(CI\d+)/, '$1')
        .slice(0, 60);
      rows.push(`| ${esc(r.header)} | failed (${r.stage}) | | | | ${esc(why)} | | |`);
      continue;
    }
    const skips = Object.entries(r.skipped)
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(', ');
    const comments = r.comments.commented ? `${r.comments.carried}/${r.comments.commented}` : '—';
    rows.push(
      `| ${esc(r.header)} | ${r.functions} | ${r.types} | ${r.constants} | ${r.globals} | ${skips || '—'} | ` +
        `${comments} | ${r.missingCount ? esc(`${r.missingCount}: ${r.missing.split(', ')[0]}…`) : '—'} |`,
    );
  }
  const sum = (f) => ok.reduce((n, r) => n + f(r), 0);
  const na = results.filter((r) => r.notStandalone);
  const total =
    `**Total**: ${results.length} headers, ${ok.length} imported, built, loaded and read; ` +
    `${results.length - ok.length - na.length} failed; ${na.length} do not compile on their own. ` +
    `${sum((r) => r.functions)} functions, ${sum((r) => r.types)} types, ${sum((r) => r.constants)} constants; ` +
    `comments kept ${sum((r) => r.comments.carried)} of ${sum((r) => r.comments.commented)}.`;
  const naRows = ['| header | what the plain compiler says |', '|---|---|'];
  for (const r of na) naRows.push(`| ${esc(r.header)} | ${esc(r.notStandalone.slice(0, 90))} |`);
  const text = [
    head + MARK,
    '',
    ...wrap(total),
    '',
    ...rows,
    '',
    '### Headers that do not compile on their own',
    '',
    ...naRows,
  ];
  fs.writeFileSync(file, text.join('\n') + '\n');
}

/** Prose at 120 columns, as every file of the repository. */
function wrap(text) {
  const lines = [''];
  for (const word of text.split(' ')) {
    if (lines[lines.length - 1].length + word.length + 1 > 120) lines.push('');
    lines[lines.length - 1] += (lines[lines.length - 1] ? ' ' : '') + word;
  }
  return lines;
}
