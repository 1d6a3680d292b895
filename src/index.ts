/**
 * cffi-import's programmatic API: the pipeline of DESIGN.md §2, one direction.
 * headers → parse (libclang) → IR → passes → Plan → emit → build.
 */
import type { Config } from './config/index.js';
import { IrIndex, type Ir } from './ir/index.js';
import { parseHeaders } from './parse/index.js';
import { runPasses, summarize, type Plan } from './passes/index.js';
import { emitModule, moduleNeeds } from './emit/index.js';
import { checkOutDir, claimOutDir, writeOutput } from './out-dir.js';
import { buildModule } from './compile/index.js';
import { formatDiagnostic } from './diagnostics/index.js';

export { resolveConfig, OPTIONS, type Config, type UserOptions } from './config/index.js';
export { CffiError, formatDiagnostic, type Diagnostic } from './diagnostics/index.js';
export type { Ir } from './ir/index.js';
export type { Plan } from './passes/index.js';

/** The IR and the Plan of a run, before anything is emitted. */
export function analyze(config: Config): { ir: Ir; index: IrIndex; plan: Plan; summary: string } {
  const ir = parseHeaders(config);
  const index = new IrIndex(ir);
  const ctx = { ir, index, config };
  const plan = runPasses(ctx);
  return { ir, index, plan, summary: summarize(ctx, plan) };
}

/**
 * Generates (and unless `build` is off, compiles) the module into `config.out`, which must be
 * new, empty or an earlier output (src/out-dir.ts): nothing else is ever written over.
 */
export async function generate(config: Config): Promise<{ summary: string; out: string; node?: string }> {
  checkOutDir(config.out); // before the parse: a refused folder costs nothing
  const { index, plan, summary } = analyze(config);
  const files = emitModule(index, plan, config);
  claimOutDir(config.out);
  writeOutput(config.out, files);
  if (!config.build) return { summary, out: config.out };
  const built = await buildModule(config, moduleNeeds(index, plan));
  const warnings = built.diagnostics.map((d) => `${formatDiagnostic(d)}`);
  return { summary: [summary, ...warnings].join('\n'), out: config.out, node: built.node };
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
