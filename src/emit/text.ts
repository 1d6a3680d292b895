/**
 * Text helpers for the views. The escapers themselves live in `src/escape.ts`, one per target
 * language, shared with the parser's probes; the views import them from here.
 */
import { cComment, cString, jsComment, jsLineComment, jsString, jsonText, tsStringType } from '../escape.js';

export { cComment, cString, jsComment, jsLineComment, jsString, jsonText, tsStringType };

/** Text that is safe inside a block comment (JS, JSDoc): `*\/` cannot close it. */
export const commentSafe = jsComment;

/** A JSDoc body: the header's comment, then the C declaration as written, each line prefixed. */
export function jsdoc(comment: string | undefined, source: string | undefined, indent = ''): string {
  const parts: string[] = [];
  if (comment) parts.push(jsComment(comment));
  if (source) parts.push('```c\n' + jsComment(source) + '\n```');
  if (parts.length === 0) return '';
  const lines = parts.join('\n\n').split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */`;
}
