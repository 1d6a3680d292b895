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
  const glob = new RegExp(
    `^${source
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return { source, test: (n) => glob.test(n) };
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
