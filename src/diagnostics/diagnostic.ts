import type { Location } from '../ir/index.js';
import { CATALOG, type Code, type Severity } from './catalog.js';

/** One thing the tool has to say about the input. */
export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: Location;
}

/** Builds a diagnostic from the catalog, filling the `{placeholders}` of its text. */
export function diag(code: Code, args: Record<string, string | number>, location?: Location): Diagnostic {
  const entry = CATALOG[code];
  const message = entry.text.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? `{${k}}`));
  return location ? { code, severity: entry.severity, message, location } : { code, severity: entry.severity, message };
}

/** `file:line:col: code: message`, the way compilers print it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

/** An error the tool stops on; carries its diagnostic so the CLI can print it and exit non-zero. */
export class CffiError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'CffiError';
  }
}

/** Throws the catalog's error `code`. */
export function fail(code: Code, args: Record<string, string | number>, location?: Location): never {
  throw new CffiError(diag(code, args, location));
}
