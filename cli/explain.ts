/**
 * `cffi-import explain <header…> [options]`: the same analysis as a generation, nothing written;
 * prints every declaration left out, with its code, location and what to do, counts first.
 * `--report <file>` writes the same as JSON during a generation.
 */
import { analyze, formatReport, runReport, type Config } from '../src/index.js';

/** The readable report of what `config` would leave out. */
export function explain(config: Config): string {
  const { plan } = analyze(config);
  return formatReport(runReport(config.headers, plan));
}
