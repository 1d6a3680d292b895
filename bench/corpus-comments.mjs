/**
 * Comment coverage for the corpus: of the emitted declarations that have a comment in their
 * header, how many carry it in the `.d.ts`. Whether a declaration "has a comment" is decided here
 * by a generous line scan written apart from src/parse/comment.ts, so that the figure measures
 * the parser instead of repeating it: a comment on the declaration's own lines, one above it with
 * only blank lines (at most two), export macros or attributes between, or zlib's comment on the
 * line below followed by a blank line.
 */
import * as fs from 'node:fs';

const texts = new Map();
function lines(file) {
  if (!texts.has(file)) {
    try {
      texts.set(file, fs.readFileSync(file, 'latin1').split('\n'));
    } catch {
      texts.set(file, undefined);
    }
  }
  return texts.get(file);
}

/** Lines that may stand between a comment and its declaration: export macros, attributes, `extern "C"`. */
const FILLER = /^\s*((__attribute__\s*\(\(.*\)\)|\[\[.*\]\]|[A-Z_][A-Z0-9_]*(\s*\(.*\))?)\s*)+$/;

/** Whether the header shows a comment for the declaration whose first line is `first` (0-based). */
function hasComment(all, first, last) {
  // a comment on the declaration's own line: its only line, or after its end (a parameter's does not count)
  const own = all[last].replace(/"(\\.|[^"\\])*"/g, '');
  if (/\/\*|\/\//.test(first === last ? own : own.slice(Math.max(0, own.lastIndexOf(';'))))) return true;
  let blanks = 0;
  for (let i = first - 1; i >= 0; i--) {
    const l = all[i];
    if (/^\s*$/.test(l)) {
      if (++blanks > 2) return false;
      continue;
    }
    if (/\*\/\s*$/.test(l) || /^\s*\/\//.test(l)) {
      // the comment must stand on its own lines, not trail the previous declaration
      let j = i;
      while (j > 0 && !/\/\*/.test(all[j])) j--;
      return /^\s*\/[*/]/.test(all[j]) || /^\s*\/\//.test(l);
    }
    if (FILLER.test(l) && !/^\s*#/.test(l)) continue;
    break;
  }
  const next = all[last + 1];
  return next !== undefined && /^\s*\/\*(?![*!])/.test(next);
}

/** The declaration's first and last line (0-based), found from its quoted C text near its location. */
function span(all, d) {
  const at = d.location.line - 1;
  const src = (d.source ?? '').split('\n');
  const head = src[0]?.trim();
  let first = at;
  if (head)
    for (let i = at; i >= Math.max(0, at - 10); i--)
      if (all[i]?.includes(head)) {
        first = i;
        break;
      }
  return [first, Math.max(at, first + src.length - 1)];
}

/**
 * Counts, over `decls` located in `scope`, those with a comment in the header (`commented`) and
 * those of them whose comment the `.d.ts` carries (`carried`); `lost` names up to 20 of the rest.
 */
export function commentCoverage(decls, dts, scope) {
  let commented = 0;
  let carried = 0;
  const lost = [];
  // every line of every JSDoc block, decorations stripped: a set, since the .d.ts can be megabytes
  const docLines = new Set((dts ?? '').split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim()));
  // `typedef struct sqlite3 sqlite3;` declares the record and the typedef on one line: counted once
  const seen = new Set();
  for (const d of [...decls].sort((a, b) => Number(!a.comment) - Number(!b.comment))) {
    if (!scope.has(d.location.file) || !d.name) continue;
    const key = `${d.location.file}:${d.location.line}:${d.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const all = lines(d.location.file);
    if (!all) continue;
    const [first, last] = span(all, d);
    if (!hasComment(all, first, last)) continue;
    commented++;
    const line = d.comment
      ?.split('\n')
      .find((l) => l.trim())
      ?.trim();
    if (line && (docLines.has(line) || docLines.has(line.replace(/\*\//g, '*\\/')))) carried++;
    else if (lost.length < 20) lost.push(`${d.name} (${d.location.file.split('/').pop()}:${d.location.line})`);
  }
  return { commented, carried, lost };
}
