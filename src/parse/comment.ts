import type { RawDeclBase } from '../../native/index.js';
import type { SourceFiles } from './source.js';

/**
 * The header's own comment for a declaration, without comment markers: the comment libclang
 * attached (parsed with `-fparse-all-comments`, so plain comments before a declaration count),
 * else a comment that starts on the line right after the declaration — zlib documents its
 * functions below them.
 */
export function commentFor(d: RawDeclBase, files: SourceFiles): string | undefined {
  if (d.comment) return clean(d.comment);
  const text = files.text(d.extent.end.file);
  if (text === undefined) return undefined;
  let i = d.extent.end.offset;
  // Skip the rest of the declaration up to its `;` on the same logical statement.
  while (i < text.length && (text[i] === ';' || text[i] === ')' || text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '\r') i++;
  if (text[i] !== '\n') return undefined;
  i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text.startsWith('/*', i)) {
    const end = text.indexOf('*/', i + 2);
    if (end > 0) return clean(text.slice(i, end + 2));
  }
  return undefined;
}

/** Strips `/*`, `*\/`, `//` and leading ` * ` decorations; keeps paragraphs. */
export function clean(raw: string): string | undefined {
  const body = raw
    .replace(/^\s*\/\*+!?<?/, '')
    .replace(/\*+\/\s*$/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\/\/\/?<?|\*(?!\/))?\s?/, '').trimEnd());
  while (body.length && body[0] === '') body.shift();
  while (body.length && body[body.length - 1] === '') body.pop();
  const text = dedent(body).join('\n');
  return text === '' ? undefined : text;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min));
}
