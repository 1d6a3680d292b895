import * as fs from 'node:fs';
import type { RawExtent } from '../../native/index.js';

/** Reads each header once, to quote declarations and find comments after them. */
export class SourceFiles {
  private readonly cache = new Map<string, { bytes: Buffer; text: string } | undefined>();

  /** The file's bytes and its text (latin1, so that byte offsets equal string offsets), read and decoded once. */
  private file(file: string): { bytes: Buffer; text: string } | undefined {
    if (!this.cache.has(file)) {
      try {
        const bytes = fs.readFileSync(file);
        this.cache.set(file, { bytes, text: bytes.toString('latin1') });
      } catch {
        this.cache.set(file, undefined);
      }
    }
    return this.cache.get(file);
  }

  /** The file's text, byte offsets equal to string offsets. */
  text(file: string): string | undefined {
    return this.file(file)?.text;
  }

  /** The declaration as written, whitespace runs kept, at most `maxLines` lines. */
  quote(extent: RawExtent, maxLines = 40): string | undefined {
    if (extent.start.file !== extent.end.file) return undefined;
    const f = this.file(extent.start.file);
    if (!f) return undefined;
    // a declaration written by a macro (`FOO_EXPORT(int, foo, (int x))`) ends where the macro call ends
    const end =
      extent.end.offset <= extent.start.offset
        ? invocationEnd(f.text, extent.start.offset)
        : declarationEnd(f.text, extent.end.offset);
    if (end <= extent.start.offset) return undefined;
    const lines = f.bytes
      .subarray(extent.start.offset, Math.max(end, extent.end.offset))
      .toString('utf8')
      .split(/\r?\n/);
    const kept = lines.length > maxLines ? [...lines.slice(0, maxLines), '...'] : lines;
    return kept.join('\n');
  }
}

/**
 * Where a declaration really ends: after its `;` at bracket depth 0 (the extent libclang gives
 * stops at a macro such as zlib's `OF((...))`). Macros end at the end of their line.
 */
export function declarationEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ';' && depth <= 0) return i + 1;
    else if (c === '\n' && depth <= 0 && text[i - 1] !== '\\' && /^\s*#/.test(lineAt(text, from))) return i;
    else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return from;
      // a `#define` ends before a comment that ends its line: the comment documents it
      if (depth <= 0 && /^\s*#/.test(lineAt(text, from)) && /^[ \t]*(\r?\n|$)/.test(text.slice(close + 2, close + 80)))
        return i;
      i = close + 1;
    } else if (c === '/' && text[i + 1] === '/' && depth <= 0 && /^\s*#/.test(lineAt(text, from))) return i;
  }
  return from;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The end of a macro call at `start` (`NAME(...)`, and its `;` if one follows), or `start` if there is none. */
export function invocationEnd(text: string, start: number): number {
  const name = /^[A-Za-z_][A-Za-z0-9_]*\s*/.exec(text.slice(start, start + 256));
  if (!name || text[start + name[0].length] !== '(') return start;
  let depth = 0;
  for (let i = start + name[0].length; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) {
      const semi = /^[ \t]*;/.exec(text.slice(i + 1, i + 64));
      return i + 1 + (semi ? semi[0].length : 0);
    }
  }
  return start;
}
