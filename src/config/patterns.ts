import { fail } from '../diagnostics/index.js';

/**
 * A name pattern from --only/--exclude: a glob (`deflate*`, `Z_?`) or a `/regex/flags`.
 * Globs match the whole name; regexes match anywhere unless anchored.
 */
export interface NamePattern {
  /** the pattern as the user wrote it, for messages. */
  readonly source: string;
  readonly test: (name: string) => boolean;
}

/** Compiles one pattern; a malformed regex is reported with the pattern in the message. */
export function compilePattern(source: string): NamePattern {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(source);
  if (re) {
    let rx: RegExp;
    try {
      // g and y would make test() resume where the last match ended: every other name skipped
      rx = new RegExp(re[1]!, re[2]!.replace(/[gy]/g, ''));
    } catch (e) {
      throw new Error(`pattern '${source}' is not a valid regular expression: ${(e as Error).message}`);
    }
    return { source, test: (n) => rx.test(n) };
  }
  return { source, test: (n) => globMatch(source, n) };
}

/**
 * Whether a glob (`*` any run, `?` one character, everything else literal) matches the whole
 * name: the classic two-pointer walk that returns to the last `*` only, in time linear in the
 * product of the lengths at worst. A regular expression built from the glob would backtrack
 * exponentially on a pattern such as `*a*a*a*a*b`.
 */
export function globMatch(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (g < glob.length && (glob[g] === '?' || (glob[g] !== '*' && glob[g] === name[n]))) {
      g++;
      n++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = n;
    } else if (star >= 0) {
      g = star + 1;
      n = ++mark;
    } else return false;
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

/**
 * Compiles the patterns of one option, once per run (`resolveConfig`); every pass then reuses them.
 * A malformed regex stops the run (CI006) before any header is parsed.
 */
export function compilePatterns(sources: readonly string[]): readonly NamePattern[] {
  return sources.map((source) => {
    try {
      return compilePattern(source);
    } catch (e) {
      fail('CI006', { message: (e as Error).message });
    }
  });
}
