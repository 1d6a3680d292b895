import { commentSafe } from './text.js';

/**
 * A JSDoc block with `@deprecated <message>` added last, for a declaration the header marks
 * `__attribute__((deprecated("message")))` (libclang expands the library's macros for it): editors
 * strike the name through and show the message. Unchanged when not deprecated.
 */
export function withDeprecated(doc: string, message: string | undefined, indent = ''): string {
  if (message === undefined) return doc;
  const tag = `${indent} * @deprecated${message ? ' ' + commentSafe(message).replace(/\n/g, ' ') : ''}`;
  if (doc === '') return `${indent}/**\n${tag}\n${indent} */`;
  return doc.replace(/\n[ \t]*\*\/$/, `\n${tag}$&`);
}
