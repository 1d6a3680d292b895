/**
 * The one escaping function per target language. Everything a header, a path or an option
 * decides (paths, names, macro values, comments, C declarations) reaches generated C, JS,
 * `.d.ts`, JSON or a build recipe through one of these, never by plain interpolation: the
 * templates render with `noEscape` (Handlebars' HTML escaping is wrong for C and JS), so the
 * views hold text already escaped for where it goes. docs/security.md lists the places.
 */

/** JS line terminators (a `//` comment ends at each of them) and every other control character. */
const JS_BREAKS = /[\x00-\x1f\x7f\u2028\u2029\u0085]/g;

/**
 * A C string literal's body (without the quotes): printable ASCII as is, quotes, backslashes and
 * a `?` after a `?` (no trigraph can form) escaped, every other byte of the UTF-8 text as a
 * 3-digit octal escape, so that the literal holds exactly the string's bytes (a NUL included)
 * and the C file stays ASCII.
 */
export function cString(s: string): string {
  let out = '';
  let last = 0;
  for (const b of Buffer.from(s, 'utf8')) {
    if (b === 0x22 || b === 0x5c || (b === 0x3f && last === 0x3f)) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, '0')}`;
    last = b;
  }
  return out;
}

/**
 * Text for the inside of one C block comment (`/* … *\/`) on one line: nothing can close it
 * (`*\/` → `* /`), open a nested one, or start a new line (control characters become spaces).
 */
export function cComment(s: string): string {
  return s
    .replace(/[\x00-\x1f\x7f]/g, ' ')
    .replace(/\*\//g, '* /')
    .replace(/\/\*/g, '/ *');
}

/**
 * How the generated C names a header in `#include`: a header-name has no escapes in C, so a path
 * holding `"`, `>` (in the `<…>` form), a backslash or a control character cannot be written at
 * all; `undefined` then, and the caller refuses the header with a message.
 */
export function cInclude(spelling: string, form: 'quote' | 'angle'): string | undefined {
  if (/[\x00-\x1f\x7f\\]/.test(spelling) || spelling === '') return undefined;
  if (form === 'quote') return spelling.includes('"') ? undefined : `"${spelling}"`;
  return /[>"]/.test(spelling) ? undefined : `<${spelling}>`;
}

/**
 * A JS string literal, quotes included: JSON's escaping plus U+2028/U+2029 (line terminators
 * in older JS, and in every `//` comment a tool may copy the text into). Also a TypeScript
 * string-literal type (`tsStringType`).
 */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** A TypeScript string-literal type (`Ref<"struct foo">`): the same text as a JS string literal. */
export const tsStringType = jsString;

/** Text for one `//` line comment of JS or `.d.ts`: no character can end the line early. */
export function jsLineComment(s: string): string {
  return s.replace(JS_BREAKS, ' ');
}

/**
 * Text for the inside of a JS or JSDoc block comment, newlines kept (JSDoc is multi-line):
 * `*\/` cannot close it; carriage returns and other control characters are dropped.
 */
export function jsComment(s: string): string {
  return s.replace(/\*\//g, '*\\/').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

/** A JSON value (package.json, binding.gyp, the output folder's marker): JSON's own escaping, line terminators too. */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Whether a string can sit in a `binding.gyp` recipe as it is: gyp expands `<(var)`, `>(var)`
 * and runs `<!(command)` in every string, and has no escape for them, so a flag holding one (or a
 * control character, which no Makefile line keeps) is refused rather than written: a header's
 * folder must not run a command at `node-gyp rebuild`.
 */
export function gypSafe(s: string): boolean {
  return !/[<>][!@|]*[-\w.]*\(|[\x00-\x1f\x7f]/.test(s);
}
