import type { RawDeclBase } from '../../native/index.js';
import { declarationEnd, type SourceFiles } from './source.js';

/**
 * The header's own comment for a declaration, markers stripped, found in the source text:
 * 1. a comment on the same line after the declaration (`int x; /* doc *\/`, `#define A 1 // doc`);
 * 2. else the comment block right before it, with no blank line between;
 * 3. else a comment starting on the line right after it — zlib documents its functions below them.
 * libclang's attached comment is used only when the text cannot be read: it also attaches a
 * previous declaration's trailing doc, across a blank line, to the next declaration.
 */
export function commentFor(d: RawDeclBase, files: SourceFiles): string | undefined {
  const text = files.text(d.location.file);
  if (text === undefined || d.extent.start.file !== d.location.file) return d.comment ? clean(d.comment) : undefined;
  const end = declarationEnd(text, d.extent.end.offset);
  const start = beforeFiller(text, d.extent.start.offset);
  const found =
    sameLineAfter(text, end) ?? adjacentBefore(text, start) ?? nextLineAfter(text, end) ?? acrossBlank(text, start);
  return found ? clean(found) : undefined;
}

/** An export macro (`SQLITE_API`, `ZEXTERN`), `extern`, or an attribute (`__attribute__((x))`, `[[x]]`). */
const FILLER_WORD = /^(?:[A-Z_][A-Z0-9_]*|extern|__extension__|__attribute__|__declspec|_Noreturn|__inline)$/;

/**
 * Where the declaration starts once what may stand before it is counted in: export macros and
 * attributes on its line (`SQLITE_API int f(void);`) and lines holding only them (`FOO_API\n`).
 */
function beforeFiller(text: string, start: number): number {
  let i = start;
  for (;;) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (text[j - 1] === ')' || text[j - 1] === ']') {
      const open = matchingOpen(text, j - 1);
      if (open < 0) return i;
      let k = open;
      while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
      const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(text.slice(Math.max(0, k - 64), k))?.[0] ?? '';
      if (text[j - 1] === ']' ? text[open - 1] !== '[' : !FILLER_WORD.test(word)) return i;
      i = k - word.length;
      continue;
    }
    const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(text.slice(Math.max(0, j - 64), j))?.[0];
    if (word && FILLER_WORD.test(word)) {
      i = j - word.length;
      continue;
    }
    if (text[j - 1] === '\n' && j >= 2) {
      // a line that holds only filler joins the declaration
      const lineStart = text.lastIndexOf('\n', j - 2) + 1;
      const line = text.slice(lineStart, j - 1);
      if (line.trim() !== '' && beforeFiller(text, lineStart + line.trimEnd().length) === lineStart + indent(line))
        return lineStart + indent(line);
    }
    return i;
  }
}

const indent = (line: string) => line.length - line.trimStart().length;

function matchingOpen(text: string, close: number): number {
  const pair = text[close] === ')' ? '(' : '[';
  let depth = 0;
  for (let i = close; i >= 0 && close - i < 400; i--) {
    if (text[i] === text[close]) depth++;
    else if (text[i] === pair && --depth === 0) return i;
  }
  return -1;
}

/**
 * A comment one blank line above the declaration, standing on its own (after a blank line, a
 * preprocessor line or the file's start): it introduces what follows. One glued under a
 * declaration (zlib's style) documents that declaration instead.
 */
function acrossBlank(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '\n') return undefined;
  const blank = /\n[ \t]*\r?\n[ \t]*$/.exec(text.slice(Math.max(0, i - 80), i + 1));
  if (!blank) return undefined;
  const before = i + 1 - blank[0].length + 1;
  const comment = adjacentBefore(text, before);
  if (comment === undefined) return undefined;
  const from = text.lastIndexOf(comment, before);
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (text.slice(lineStart, from).trim() !== '') return undefined;
  const prev = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1)).trim();
  return lineStart === 0 || prev === '' || prev.startsWith('#') || prev.endsWith('{') ? comment : undefined;
}

function sameLineAfter(text: string, end: number): string | undefined {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return commentAt(text, i);
}

/**
 * zlib's style: the comment starts on the next line and a blank line (or the end) follows it. A
 * doc comment (`/**`) or one followed directly by more code belongs to what comes next instead.
 */
function nextLineAfter(text: string, end: number): string | undefined {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++;
  if (text[i] !== '\n') return undefined;
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (!text.startsWith('/*', i) || text.startsWith('/**', i) || text.startsWith('/*!', i)) return undefined;
  const comment = commentAt(text, i);
  if (comment === undefined) return undefined;
  const after = /^[ \t]*\r?\n([ \t]*)(\r?\n|$)/.exec(text.slice(i + comment.length, i + comment.length + 200));
  return after || /^\s*$/.test(text.slice(i + comment.length)) ? comment : undefined;
}

function adjacentBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (text[i] !== '\n') return undefined; // something else precedes on this line
  i--;
  if (text[i] === '\r') i--;
  let j = i;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (text.startsWith('*/', j - 1)) {
    const open = text.lastIndexOf('/*', j - 1);
    return open >= 0 ? text.slice(open, j + 1) : undefined;
  }
  // a run of `//` lines
  const lines: string[] = [];
  let lineEnd = i + 1;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!/^\s*\/\//.test(line)) break;
    lines.unshift(line);
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return lines.length ? lines.join('\n') : undefined;
}

function commentAt(text: string, i: number): string | undefined {
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? undefined : text.slice(i, close + 2);
  }
  if (text.startsWith('//', i)) {
    const nl = text.indexOf('\n', i);
    return text.slice(i, nl < 0 ? text.length : nl);
  }
  return undefined;
}

/** Strips `/*`, `*\/`, `//` and leading ` * ` (or SQLite's ` ** `) decorations; keeps paragraphs. */
export function clean(raw: string): string | undefined {
  const body = raw
    .replace(/^\s*\/\*+!?<?/, '')
    .replace(/\*+\/\s*$/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\/\/\/?<?|\*+(?!\/)) ?/, '').trimEnd());
  while (body.length && body[0]!.trim() === '') body.shift();
  while (body.length && body[body.length - 1]!.trim() === '') body.pop();
  const text = dedent(body).join('\n');
  return text === '' ? undefined : text;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min));
}
