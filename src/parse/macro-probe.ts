/** What the two macro probes share (macro-signature.ts, declared-macros.ts). */
import type { RawDiagnostic } from '../../native/index.js';

/** Where probes are written and how they are compiled: the headers as the entry includes them, the run's flags. */
export interface ProbeSetup {
  readonly includes: readonly string[];
  readonly args: readonly string[];
  readonly dir: string;
}

/** The first error on each line of `file`. */
export function errorsByLine(diagnostics: readonly RawDiagnostic[], file: string): Map<number, string> {
  const errors = new Map<number, string>();
  for (const d of diagnostics)
    if ((d.severity === 'error' || d.severity === 'fatal') && d.location?.file === file && !errors.has(d.location.line))
      errors.set(d.location.line, d.message);
  return errors;
}
