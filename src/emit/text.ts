/** Pure text helpers for the views: escaping for C strings, JS strings and comments. */

/** A C string literal body: quotes, backslashes and control characters escaped. */
export function cString(s: string): string {
  return s
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\x00-\x1f\x7f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)
    .replace(/\?\?/g, '?\\?');
}

/** A JS string literal, quotes included. */
export function jsString(s: string): string {
  return JSON.stringify(s);
}

/** Text that is safe inside a block comment (C, JS, JSDoc): `*\/` cannot close it. */
export function commentSafe(s: string): string {
  return s.replace(/\*\//g, '*\\/').replace(/\r/g, '');
}

/** A JSDoc body: the header's comment, then the C declaration as written, each line prefixed. */
export function jsdoc(comment: string | undefined, source: string | undefined, indent = ''): string {
  const parts: string[] = [];
  if (comment) parts.push(commentSafe(comment));
  if (source) parts.push('```c\n' + commentSafe(source) + '\n```');
  if (parts.length === 0) return '';
  const lines = parts.join('\n\n').split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */`;
}
