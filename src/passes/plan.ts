import type { Config } from '../config/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { DeclId, Ir, IrIndex } from '../ir/index.js';
import type { Skip, TypeProblem } from './skip-reason.js';

/**
 * The decisions the passes take about the IR, kept beside it (the IR itself never changes).
 * Each pass returns a new Plan; `pipeline.ts` lists them in order.
 */
export interface Plan {
  /** chosen by the user's patterns (or by default: everything in the named headers). */
  readonly selected: ReadonlySet<DeclId>;
  /** pulled in because a selected declaration needs it. */
  readonly required: ReadonlySet<DeclId>;
  /** records emitted without layout: only pointers to them exist. */
  readonly opaque: ReadonlySet<DeclId>;
  /** left out, each with its typed reason and the diagnostic that says why. */
  readonly skipped: ReadonlyMap<DeclId, Skip>;
  /** record fields left out (record id → field name → why). */
  readonly skippedFields: ReadonlyMap<DeclId, ReadonlyMap<string, Skip<TypeProblem>>>;
  /** the name each emitted declaration has on the JS side (`lib.<name>`, the `.d.ts` type). */
  readonly names: ReadonlyMap<DeclId, string>;
  /** the emitted declarations, in emit order. */
  readonly order: readonly DeclId[];
  /** everything the passes had to say, in the order they said it. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What every pass reads: the IR, its index and the resolved options. */
export interface PassContext {
  readonly ir: Ir;
  readonly index: IrIndex;
  readonly config: Config;
}

/** One pass: reads the context and the plan so far, returns the next plan. */
export type Pass = (ctx: PassContext, plan: Plan) => Plan;

/** The plan before any pass ran. */
export const EMPTY_PLAN: Plan = {
  selected: new Set(),
  required: new Set(),
  opaque: new Set(),
  skipped: new Map(),
  skippedFields: new Map(),
  names: new Map(),
  order: [],
  diagnostics: [],
};

/** Whether the declaration will be emitted (selected or required, and not skipped). */
export function isEmitted(plan: Plan, id: DeclId): boolean {
  return (plan.selected.has(id) || plan.required.has(id)) && !plan.skipped.has(id);
}
