/**
 * cffi-import's programmatic API: the pipeline of DESIGN.md §2, one direction.
 * headers → parse (libclang) → IR → passes → Plan → emit → build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runReport } from './report/skipped.js';
import type { Config } from './config/index.js';
import { IrIndex, type Ir } from './ir/index.js';
import { parseHeadersRead } from './parse/index.js';
import { runPasses, summarize, type Plan } from './passes/index.js';
import { emitModule, moduleNeeds } from './emit/index.js';
import { checkOutDir, claimOutDir, removeStaleParts, writeOutput } from './out-dir.js';
import { buildModule, loads } from './compile/index.js';
import { contentKey, forgetRun, optionsKey, recordRun, unchangedRun } from './cache/index.js';
import { formatDiagnostic } from './diagnostics/index.js';

export { resolveConfig, OPTIONS, type Config, type UserOptions } from './config/index.js';
export { CffiError, formatDiagnostic, type Diagnostic } from './diagnostics/index.js';
export type { Ir } from './ir/index.js';
export { formatReport, runReport, type RunReport } from './report/skipped.js';
export { VERSION } from './paths.js';
export { inputFiles, watchRuns } from './cache/index.js';
export type { Plan } from './passes/index.js';

/** The IR and the Plan of a run, before anything is emitted, and the files the parse read. */
export function analyze(config: Config): { ir: Ir; index: IrIndex; plan: Plan; summary: string; read: string[] } {
  const { ir, files: read } = parseHeadersRead(config);
  const index = new IrIndex(ir);
  const ctx = { ir, index, config };
  const plan = runPasses(ctx);
  return { ir, index, plan, summary: summarize(ctx, plan), read };
}

/** What a generation did; `unchanged` when the last run's output was reused without parsing. */
export interface Generated {
  readonly summary: string;
  readonly out: string;
  readonly node?: string;
  readonly unchanged?: boolean;
}

/**
 * Generates (and unless `build` is off, compiles) the module into `config.out`, which must be
 * new, empty or an earlier output (src/out-dir.ts): nothing else is ever written over. Returns at
 * once when nothing the last run read or was told changed (src/cache). `progress` hears each stage.
 */
export async function generate(config: Config, progress?: (what: string) => void): Promise<Generated> {
  checkOutDir(config.out); // before the parse: a refused folder costs nothing
  const key = optionsKey(config);
  const node = config.build ? path.join(config.out, `${config.name}.node`) : undefined;
  const last = unchangedRun(config, key);
  const reportMissing = config.report !== undefined && !fs.existsSync(config.report);
  if (last !== undefined && !reportMissing && (!node || loads(node)))
    return { summary: last, out: config.out, node, unchanged: true };
  forgetRun(config.out);
  progress?.('parse');
  const { index, plan, summary, read } = analyze(config);
  if (config.report) fs.writeFileSync(config.report, JSON.stringify(runReport(config.headers, plan), null, 2) + '\n');
  progress?.('emit');
  const files = emitModule(index, plan, config);
  claimOutDir(config.out);
  removeStaleParts(config.out, config.name, files);
  writeOutput(config.out, files);
  let full = summary;
  if (node) {
    const sources = [...files.keys()].filter((f) => f.endsWith('.c'));
    const headersKey = contentKey(read);
    const built = await buildModule(config, moduleNeeds(index, plan), { sources, headersKey, progress });
    full = [summary, ...built.diagnostics.map((d) => `${formatDiagnostic(d)}`)].join('\n');
  }
  // a --no-build run leaves the sources alone, byte for byte (the stamp is a build's)
  if (node) recordRun(config, key, read, full);
  return { summary: full, out: config.out, node };
}

/** `dump-ir`: the IR and the Plan as stable JSON (sets sorted, maps as objects). */
export function dumpIr(config: Config): string {
  const { ir, plan } = analyze(config);
  const sorted = (s: ReadonlySet<string>) => [...s].sort();
  const planJson = {
    selected: sorted(plan.selected),
    required: sorted(plan.required),
    opaque: sorted(plan.opaque),
    skipped: Object.fromEntries([...plan.skipped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    names: Object.fromEntries([...plan.names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    order: plan.order,
    diagnostics: plan.diagnostics,
  };
  return JSON.stringify({ ir, plan: planJson }, null, 2) + '\n';
}
